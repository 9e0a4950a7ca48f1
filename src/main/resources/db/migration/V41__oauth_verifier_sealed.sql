-- The PKCE code verifier of a pending authorization is a secret while it lives (with the code it buys the account's
-- tokens): it is sealed at rest like the tokens, which makes the value longer.
alter table oauth_authorization alter column code_verifier set data type varchar(500);

-- The page a person chose to connect when their platform account manages several (a Facebook page id, a LinkedIn
-- organisation id): null lets the connector take the only one.
alter table oauth_authorization add column account varchar(300);
