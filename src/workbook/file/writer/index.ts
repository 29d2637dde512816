export { writeWorkbook, quoteSheet } from "./writeWorkbook";
export { FONT_NAME, FONT_SIZE } from "./styles";
export { templateFileName, uniqueNames } from "./fileName";
