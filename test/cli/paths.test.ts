/**
 * The CLI's path arguments with Windows' rules, tested here on any machine through path.win32
 * (src/cli/paths.ts): drive letters, backslashes, spaces, UNC shares, Vietnamese names, and the stray quote
 * cmd.exe leaves after a quoted folder ending in a backslash.
 */
import { posix, win32 } from "path";
import { cleanPathArg, resolvePathArg } from "../../src/cli/paths";

const CWD = "C:\\Users\\Cán bộ\\Tài liệu";

describe("path arguments on Windows", () => {
  it("resolves drive letters, backslashes, forward slashes, spaces and Vietnamese folder names", () => {
    expect(resolvePathArg(CWD, "D:\\Báo cáo 2026\\Huyện Mường Ảng\\CD01.xlsx", win32)).toBe("D:\\Báo cáo 2026\\Huyện Mường Ảng\\CD01.xlsx");
    expect(resolvePathArg(CWD, "Báo cáo quý 1\\CĐCS Trường Tiểu học.xlsx", win32)).toBe(
      "C:\\Users\\Cán bộ\\Tài liệu\\Báo cáo quý 1\\CĐCS Trường Tiểu học.xlsx",
    );
    expect(resolvePathArg(CWD, "..\\Tải về/tong-hop.xlsx", win32)).toBe("C:\\Users\\Cán bộ\\Tải về\\tong-hop.xlsx");
    expect(resolvePathArg(CWD, "\\\\may-chu\\Bao cao\\Tỉnh\\a.xlsx", win32)).toBe("\\\\may-chu\\Bao cao\\Tỉnh\\a.xlsx");
    expect(resolvePathArg(CWD, "d:/Báo cáo/", win32)).toBe("d:\\Báo cáo");
  });

  it('drops the quote cmd.exe leaves after "D:\\Báo cáo\\", and only on Windows', () => {
    // What `union-report merge "D:\Báo cáo\"` hands the program in cmd.exe.
    expect(cleanPathArg('D:\\Báo cáo"', win32)).toBe("D:\\Báo cáo");
    expect(resolvePathArg(CWD, 'D:\\Báo cáo 2026\\Các huyện"', win32)).toBe("D:\\Báo cáo 2026\\Các huyện");
    // A quote is a legal character in a POSIX name: kept there.
    expect(cleanPathArg('bao "cao"', posix)).toBe('bao "cao"');
    expect(resolvePathArg("/home/cb", 'a"', posix)).toBe('/home/cb/a"');
  });

  it("keeps the name's letters as typed (no normalisation of what the file system is asked for)", () => {
    const nfd = "Huye\u0302\u0323n".normalize("NFD");
    expect(resolvePathArg("/srv", nfd, posix)).toBe(`/srv/${nfd}`);
  });
});
