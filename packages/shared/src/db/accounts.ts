// Who is who: users, their sessions and their single-use email tokens.
import type { ApiTokenScope, AuthTokenPurpose, UserRole } from '../enums.ts';
import type { Generated, GeneratedTimestamp, Int8, Stamps, Timestamp } from './columns.ts';

export interface UsersTable extends Stamps {
  id: Generated<string>;
  email: string;
  password_hash: string | null;
  role: UserRole;
  is_active: Generated<boolean>;
  email_verified_at: Timestamp | null;
  last_login_at: Timestamp | null;
  totp_secret_encrypted: string | null;
  totp_last_used_step: Int8 | null;
  /** Set once the first code confirmed the enrolment; a secret without it is an unfinished enrolment. */
  totp_enabled_at: Timestamp | null;
  deactivated_at: Timestamp | null;
}

export interface MfaRecoveryCodesTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  code_hash: Uint8Array;
  used_at: Timestamp | null;
}

export interface RateLimitBucketsTable extends Stamps {
  id: Generated<string>;
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface SessionsTable extends Stamps {
  id: string;
  secret_hash: Uint8Array;
  user_id: string;
  last_verified_at: GeneratedTimestamp;
  expires_at: Timestamp;
  mfa_verified: Generated<boolean>;
  user_agent: string | null;
  ip: string | null;
}

/** A personal API token (docs/rest.md): only the secret's hash is kept. */
export interface ApiTokensTable extends Stamps {
  id: string;
  user_id: string;
  name: string;
  scope: ApiTokenScope;
  secret_hash: Uint8Array;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  last_used_ip: string | null;
}

export interface AuthTokensTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  purpose: AuthTokenPurpose;
  token_hash: Uint8Array;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}
