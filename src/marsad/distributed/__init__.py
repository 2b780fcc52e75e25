"""Run the pipeline on a Dask cluster (the optional extra ``marsad[dask]``); see docs/scaling.md.

Stage ``distributed`` sits after ``pipeline`` and ``store`` and before ``jobs``
(docs/decisions/0007-dask-runner.md). Only :mod:`marsad.distributed.runner` imports Dask; the other
modules are plain functions a worker runs, so they can be tested and reused without a cluster.
"""
