import { decodeOoxmlText } from "../../src/workbook/file/reader/ooxml-text";

describe("OOXML text escapes", () => {
  it("decodes _xHHHH_ to the character the user typed", () => {
    expect(decodeOoxmlText("Công đoàn_x0007_ Trạm Y tế_x001B_")).toBe("Công đoàn\u0007 Trạm Y tế\u001b");
  });

  it("keeps a literal _x sequence that Excel escaped as _x005F_", () => {
    expect(decodeOoxmlText("a_x005F_x0041_b")).toBe("a_x0041_b");
  });

  it("leaves ordinary text and malformed escapes alone", () => {
    expect(decodeOoxmlText("MA_001 x_y")).toBe("MA_001 x_y");
    expect(decodeOoxmlText("_x12_ _xZZZZ_")).toBe("_x12_ _xZZZZ_");
  });
});
