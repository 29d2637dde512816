/** Strings of the CLI's one file writer (cli/safe-output.ts): why an output was refused or could not be written. */
export const outputCli = {
  vi: {
    "output.exists": 'Tệp "{file}" đã có; dùng --force để ghi đè (tệp cũ chỉ bị thay khi tệp mới đã ghi xong).',
    "output.isInput": 'Tệp ghi ra "{file}" cũng là một tệp đầu vào; chọn tên khác cho --out (kể cả với --force, để không mất tệp gốc).',
    "output.isFolder": '"{file}" là một thư mục, không phải tệp; cho --out một tên tệp.',
    "output.folderMissing": 'Không có thư mục "{folder}" để ghi "{file}"; tạo thư mục trước hoặc chọn nơi khác.',
    "output.notWritable": 'Không được phép ghi vào thư mục "{folder}" (chỉ đọc hoặc thiếu quyền); chọn nơi khác cho "{file}".',
    "output.locked":
      'Đang có một lần ghi khác vào "{file}" (máy {host}, tiến trình {pid}, từ {since}). Chờ lần đó xong; nếu chắc chắn không còn ai ghi, xoá tệp khoá "{lock}".',
    "output.diskFull": 'Đĩa đã đầy khi ghi "{file}"; tệp cũ (nếu có) vẫn nguyên. Giải phóng chỗ trống rồi chạy lại.',
    "output.tooManyOpen": 'Máy đang mở quá nhiều tệp khi ghi "{file}"; tệp cũ (nếu có) vẫn nguyên. Thử lại.',
    "output.failed": 'Không ghi được "{file}"; tệp cũ (nếu có) vẫn nguyên. Kiểm tra ổ đĩa và quyền ghi rồi chạy lại.',
  },
  en: {
    "output.exists":
      'The file "{file}" exists; use --force to overwrite it (the old file is replaced only once the new one is fully written).',
    "output.isInput":
      'The output "{file}" is also one of the input files; choose another name for --out (even with --force, so the original is not lost).',
    "output.isFolder": '"{file}" is a folder, not a file; give --out a file name.',
    "output.folderMissing": 'There is no folder "{folder}" to write "{file}" into; create it first or choose another place.',
    "output.notWritable":
      'Writing into the folder "{folder}" is not allowed (read-only or no permission); choose another place for "{file}".',
    "output.locked":
      'Another run is writing "{file}" (machine {host}, process {pid}, since {since}). Wait for it to finish; if you are sure nobody is writing, delete the lock file "{lock}".',
    "output.diskFull": 'The disk was full while writing "{file}"; the old file (if any) is intact. Free some space and run again.',
    "output.tooManyOpen": 'Too many files were open while writing "{file}"; the old file (if any) is intact. Try again.',
    "output.failed":
      'Could not write "{file}"; the old file (if any) is intact. Check the disk and the permission to write, then run again.',
  },
} as const;
