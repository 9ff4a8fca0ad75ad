module "entra" {
  source = "../entra-app"

  display_name      = "tailor-api-${var.env}"
  identifier_uri    = var.api_audience
  scope             = var.apim.jwt_scope
  caller_object_ids = var.api_caller_object_ids
}
