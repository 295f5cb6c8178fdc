import sys
from pathlib import Path

import pytest
from syrupy.extensions.amber import AmberSnapshotExtension

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))  # tests/helpers.py


class TopLevelSnapshots(AmberSnapshotExtension):
    """Snapshot files live in the top-level snapshots/ folder."""

    @classmethod
    def dirname(cls, *, test_location) -> str:
        return str(ROOT / "snapshots")


@pytest.fixture
def snapshot(snapshot):
    return snapshot.use_extension(TopLevelSnapshots)
