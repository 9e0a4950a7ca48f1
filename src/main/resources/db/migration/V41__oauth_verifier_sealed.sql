-- The PKCE code verifier of a pending authorization is a secret while it lives (with the code it buys the account's
-- tokens): it is sealed at rest like the tokens, which makes the value longer.
alter table oauth_authorization alter column code_verifier set data type varchar(500);
