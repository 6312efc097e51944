// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

export const CsvDelimiter = {
  CSV_DELIMITER_UNSPECIFIED: 'CSV_DELIMITER_UNSPECIFIED',
  CSV_DELIMITER_COMMA: 'CSV_DELIMITER_COMMA',
  CSV_DELIMITER_SEMICOLON: 'CSV_DELIMITER_SEMICOLON',
  CSV_DELIMITER_TAB: 'CSV_DELIMITER_TAB',
  CSV_DELIMITER_PIPE: 'CSV_DELIMITER_PIPE',
} as const;

export type CsvDelimiter =
  | 'CSV_DELIMITER_UNSPECIFIED'
  | 0
  | 'CSV_DELIMITER_COMMA'
  | 1
  | 'CSV_DELIMITER_SEMICOLON'
  | 2
  | 'CSV_DELIMITER_TAB'
  | 3
  | 'CSV_DELIMITER_PIPE'
  | 4

export type CsvDelimiter__Output = typeof CsvDelimiter[keyof typeof CsvDelimiter]
