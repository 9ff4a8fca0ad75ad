output "client_id" {
  description = "The aud of the api's v2.0 access tokens: APIM's JWT audience and TAILOR_SECURITY_AUDIENCE."
  value       = azuread_application.api.client_id
}

output "identifier_uri" {
  value = var.identifier_uri
}
