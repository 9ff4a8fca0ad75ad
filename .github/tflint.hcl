# tflint for infra/ (used by .github/workflows/infra.yml; kept here because infra/ is Terraform only).
# `tflint --init` downloads the pinned rulesets; `--call-module-type=local` follows infra/modules.
tflint {
  required_version = ">= 0.55"
}

config {
  call_module_type = "local"
  format           = "compact"
}

plugin "terraform" {
  enabled = true
  preset  = "recommended"
}

plugin "azurerm" {
  enabled = true
  version = "0.29.0"
  source  = "github.com/terraform-linters/tflint-ruleset-azurerm"
}
