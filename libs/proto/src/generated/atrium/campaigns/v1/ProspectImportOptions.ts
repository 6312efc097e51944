// Original file: protos/atrium/campaigns/v1/campaigns_service.proto

import type { ImportColumnMapping as _atrium_campaigns_v1_ImportColumnMapping, ImportColumnMapping__Output as _atrium_campaigns_v1_ImportColumnMapping__Output } from '../../../atrium/campaigns/v1/ImportColumnMapping';
import type { CsvDelimiter as _atrium_campaigns_v1_CsvDelimiter, CsvDelimiter__Output as _atrium_campaigns_v1_CsvDelimiter__Output } from '../../../atrium/campaigns/v1/CsvDelimiter';
import type { ProspectImportDuplicateRule as _atrium_campaigns_v1_ProspectImportDuplicateRule, ProspectImportDuplicateRule__Output as _atrium_campaigns_v1_ProspectImportDuplicateRule__Output } from '../../../atrium/campaigns/v1/ProspectImportDuplicateRule';

export interface ProspectImportOptions {
  'clientId'?: (string);
  'fieldMappingIds'?: (string)[];
  'columns'?: (_atrium_campaigns_v1_ImportColumnMapping)[];
  'delimiter'?: (_atrium_campaigns_v1_CsvDelimiter);
  'duplicates'?: (_atrium_campaigns_v1_ProspectImportDuplicateRule);
  'listId'?: (string);
  'fileName'?: (string);
}

export interface ProspectImportOptions__Output {
  'clientId': (string);
  'fieldMappingIds': (string)[];
  'columns': (_atrium_campaigns_v1_ImportColumnMapping__Output)[];
  'delimiter': (_atrium_campaigns_v1_CsvDelimiter__Output);
  'duplicates': (_atrium_campaigns_v1_ProspectImportDuplicateRule__Output);
  'listId': (string);
  'fileName': (string);
}
