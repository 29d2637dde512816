/** Chart labels cut in the middle: the end that tells units apart survives. */
import { shortenMiddle } from "../../src/taskpane/merge/short-label";

describe("shortenMiddle", () => {
  it("keeps the end of names that share a long start", () => {
    const a = shortenMiddle("CĐCS Trường Tiểu học Kim Đồng xã Mường Ảng", 24);
    const b = shortenMiddle("CĐCS Trường Tiểu học Lê Lợi xã Mường Ảng", 24);
    expect([...a].length).toBe(24);
    expect(a).toMatch(/^CĐCS Tr…/);
    expect(a).toBe("CĐCS Tr…ồng xã Mường Ảng");
    expect(b).toBe("CĐCS Tr…Lợi xã Mường Ảng");
    expect(a).not.toBe(b);
  });

  it("leaves a short label alone and counts letters as a person sees them (NFC)", () => {
    expect(shortenMiddle("CĐCS Chợ", 24)).toBe("CĐCS Chợ");
    expect(shortenMiddle("Đồng".normalize("NFD"), 4)).toBe("Đồng");
  });
});
