// Companies and the recruiters who post jobs for them.
import type { CompanyRole, CompanySize } from '../enums.ts';
import type { Generated, Stamps, Timestamp } from './columns.ts';

export interface CompaniesTable extends Stamps {
  id: Generated<string>;
  name: string;
  slug: string;
  website: string | null;
  description: string | null;
  logo_storage_key: string | null;
  location: string | null;
  size: CompanySize | null;
}

export interface RecruitersTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  company_id: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  linkedin_url: string | null;
  bio: string | null;
  company_role: Generated<CompanyRole>;
}

export interface CompanyInvitationsTable extends Stamps {
  id: Generated<string>;
  company_id: string;
  email: string;
  token_hash: Uint8Array;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
}
