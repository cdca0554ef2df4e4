"""单位自评 in the web layer: a plan's self-evaluation, each project's entry, the upload of
filled 自评表, the bureau's decisions and the results applied to next year. The scoring is
:mod:`jixiao.evaluation`'s, the carry-over :mod:`jixiao.carryover`'s."""
