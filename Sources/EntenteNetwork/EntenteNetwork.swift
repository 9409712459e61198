// Graph measures over World snapshots live here.
