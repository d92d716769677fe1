"""Batch extraction and ingest on Dask: partitions of the input, extracted in parallel, written as Parquet,
loaded into the store by one writer."""
