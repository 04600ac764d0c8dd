// Direct messages between users and the notifications the platform sends them.
import type { NotificationChannel } from '../enums.ts';
import type { Generated, JsonWithDefault, Stamps, Timestamp } from './columns.ts';

export interface ConversationsTable extends Stamps {
  id: Generated<string>;
  subject: string | null;
  application_id: string | null;
  last_message_at: Timestamp | null;
}

export interface ConversationMembersTable extends Stamps {
  id: Generated<string>;
  conversation_id: string;
  user_id: string;
  last_read_at: Timestamp | null;
}

export interface MessagesTable extends Stamps {
  id: Generated<string>;
  conversation_id: string;
  sender_id: string | null;
  body: string;
}

export interface NotificationsTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  type: string;
  title: string;
  body: string | null;
  action_url: string | null;
  data: JsonWithDefault<Record<string, unknown>>;
  read_at: Timestamp | null;
}

export interface NotificationPreferencesTable extends Stamps {
  id: Generated<string>;
  user_id: string;
  type: string;
  channel: NotificationChannel;
  enabled: Generated<boolean>;
}
