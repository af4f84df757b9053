"""Delegate lists and programmes as spreadsheets (openpyxl, csv) and calendars (icalendar). No Qt."""
