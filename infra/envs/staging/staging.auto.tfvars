location           = "westeurope"
unique_suffix      = "s4m9"
vnet_cidr          = "10.41.0.0/16"
kubernetes_version = "1.33"
admin_group_name   = "tailor-platform-admins"
alert_emails       = ["tailor-oncall@example.com"]
api_audience       = "api://tailor-api-staging"

openai_deployment = {
  name    = "chat"
  model   = "gpt-4o-mini"
  version = "2024-07-18"
  sku     = "DataZoneStandard"
}

apim = {
  publisher_name  = "Tailor"
  publisher_email = "tailor-oncall@example.com"
  web_origins     = ["https://staging.tailor.example.com"]
  jwt_scope       = "Jobs.ReadWrite"
  calls_per_min   = 60
  calls_per_day   = 2000
}
