-- Secrets at rest are sealed (AES-256-GCM, base.SecretBox): stored as enc:<keyId>:<base64url(iv || ciphertext+tag)>,
-- about 4/3 of the secret's length plus 70 characters, so the secret columns are widened to fit the longest value
-- each form takes. Values written before are sealed at the next start (base.secrets.SecretResealing).
-- channel.access_token and refresh_token are varchar(8000) since V33: wide enough.
alter table channel alter column webhook_secret set data type varchar(2000);
alter table intake_credential alter column signing_secret set data type varchar(1000);
alter table webhook_subscription alter column secret set data type varchar(500);
alter table chat_target alter column webhook_url set data type varchar(4000);
