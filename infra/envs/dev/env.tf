# The only code that differs between env roots; the rest links to ../_root (see _root/main.tf).
locals {
  env = "dev"
}
