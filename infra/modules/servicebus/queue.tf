# Delivery semantics the worker relies on: peek-lock for a minute (renewed while working),
# ten attempts, then the dead-letter queue; duplicate detection absorbs outbox re-sends.
resource "azurerm_servicebus_queue" "jobs" {
  name                                    = var.queue_name
  namespace_id                            = azurerm_servicebus_namespace.this.id
  max_delivery_count                      = var.max_delivery_count
  lock_duration                           = "PT1M"
  default_message_ttl                     = "P1D"
  dead_lettering_on_message_expiration    = true
  requires_duplicate_detection            = true
  duplicate_detection_history_time_window = "PT30M"
  batched_operations_enabled              = true
}
