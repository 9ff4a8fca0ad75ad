# The api's app registration. With token version 2 requested, Entra issues v2.0
# access tokens whose aud is this application's client id (not the identifier URI) and whose
# iss is https://login.microsoftonline.com/<tenant>/v2.0: the pair APIM and the api check.
data "azuread_client_config" "current" {}

locals {
  # Stable ids derived from the URI, so a re-create keeps the same scope and role ids.
  scope_id = uuidv5("url", "${var.identifier_uri}/scopes/${var.scope}")
  role_id  = uuidv5("url", "${var.identifier_uri}/roles/${var.scope}")
}

resource "azuread_application" "api" {
  display_name     = var.display_name
  identifier_uris  = [var.identifier_uri]
  sign_in_audience = "AzureADMyOrg"
  owners           = [data.azuread_client_config.current.object_id]

  api {
    requested_access_token_version = 2

    oauth2_permission_scope {
      id                         = local.scope_id
      value                      = var.scope
      type                       = "User"
      enabled                    = true
      admin_consent_display_name = "Submit and read tailoring jobs"
      admin_consent_description  = "Submit résumés for tailoring and read the results."
      user_consent_display_name  = "Submit and read your tailoring jobs"
      user_consent_description   = "Submit résumés for tailoring and read the results."
    }
  }

  app_role {
    id                   = local.role_id
    value                = var.scope
    allowed_member_types = ["Application"]
    display_name         = "Submit and read tailoring jobs (daemon)"
    description          = "Granted to automation such as the e2e smoke request."
    enabled              = true
  }
}

resource "azuread_service_principal" "api" {
  client_id = azuread_application.api.client_id
  owners    = [data.azuread_client_config.current.object_id]
}

resource "azuread_app_role_assignment" "callers" {
  for_each = toset(var.caller_object_ids)

  app_role_id         = local.role_id
  principal_object_id = each.value
  resource_object_id  = azuread_service_principal.api.object_id
}
