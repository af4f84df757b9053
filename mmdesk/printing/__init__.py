"""PDF documents with ReportLab: badges, programme, door signs, itineraries, run-sheets,
tent cards and the list of participants. No Qt."""

from reportlab import rl_config

# Binary (Flate) streams: ASCII85 makes files 25 % bigger and costs time per page.
rl_config.useA85 = 0
