# The Azure Monitor workbook over Application Insights (traces, OTLP metrics, logs), from the template in
# ops/dashboards/workbook.json. A workbook's name must be a GUID: a stable one derived from the env's names.
resource "azurerm_application_insights_workbook" "this" {
  name                = uuidv5("url", "https://tailor/workbooks/${var.names.workbook_key}")
  resource_group_name = var.resource_group_name
  location            = var.location
  display_name        = "Tailor (${var.names.workbook_key})"
  source_id           = lower(var.app_insights_id)
  category            = "workbook"
  data_json           = jsonencode(jsondecode(file(var.workbook_path)))
  tags                = var.tags
}
