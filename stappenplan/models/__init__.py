from .analyse import *  # noqa: F403
from .jaarplan import *  # noqa: F403
from .traject import *  # noqa: F403
