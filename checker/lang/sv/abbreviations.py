"""Segmentation: a dot after a day number is an ordinal where CLDR's long date has one."""

from checker.lang.no_folder import ordinal_dot

ORDINAL_DOT = ordinal_dot("sv")
