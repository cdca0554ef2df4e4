"""组织机构: the finance bureau's region, its departments and their units, and who belongs where."""
