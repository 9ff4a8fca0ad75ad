# Provider-free on purpose: `terraform init -backend=false && terraform test` runs offline.
terraform {
  required_version = ">= 1.11"
}
