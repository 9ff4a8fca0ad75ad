resource "azurerm_api_management_logger" "app_insights" {
  name                = "app-insights"
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  resource_id         = var.app_insights_id

  application_insights {
    connection_string = var.app_insights_connection_string
  }
}

# Bodies carry résumés: log metadata only.
resource "azurerm_api_management_api_diagnostic" "tailor" {
  identifier                = "applicationinsights"
  api_name                  = azurerm_api_management_api.tailor.name
  api_management_name       = azurerm_api_management.this.name
  resource_group_name       = var.resource_group_name
  api_management_logger_id  = azurerm_api_management_logger.app_insights.id
  sampling_percentage       = 25
  always_log_errors         = true
  verbosity                 = "information"
  log_client_ip             = false
  http_correlation_protocol = "W3C"

  frontend_request {
    body_bytes = 0
  }

  frontend_response {
    body_bytes = 0
  }

  backend_request {
    body_bytes = 0
  }

  backend_response {
    body_bytes = 0
  }
}
