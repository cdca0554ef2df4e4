"""The rule families (规则族); :mod:`jixiao.review.catalogue` gathers them."""
