module "entra" {
  source = "../entra-app"

  display_name   = "tailor-api-${var.env}"
  identifier_uri = var.api_audience
  scope          = var.apim.jwt_scope
  # The runner sends make up's smoke request through APIM.
  caller_object_ids = concat(var.api_caller_object_ids, [module.runner.principal_id])
}
