<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccreditationPage</name>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation>
            <numerusform>%n nomination</numerusform>
            <numerusform>%n nominations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reason for %n nomination(s):</source>
        <translation>
            <numerusform>Reason for %n nomination:</numerusform>
            <numerusform>Reason for %n nominations:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BadgeOptionsDialog</name>
    <message numerus="yes">
        <source>Only the %n selected delegate(s)</source>
        <translation>
            <numerusform>Only the selected delegate</numerusform>
            <numerusform>Only the %n selected delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <source>Revocation list as of %1 UTC: %n badge(s) revoked here now, %2 already revoked.</source>
        <translation>
            <numerusform>Revocation list as of %1 UTC: %n badge revoked here now, %2 already revoked.</numerusform>
            <numerusform>Revocation list as of %1 UTC: %n badges revoked here now, %2 already revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) handed over</source>
        <translation>
            <numerusform>%n badge handed over</numerusform>
            <numerusform>%n badges handed over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegatesPage</name>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n delegate(s) with their accreditations, badges and speaking slots? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n delegate with their accreditations, badges and speaking slots? This cannot be undone.</numerusform>
            <numerusform>Delete %n delegates with their accreditations, badges and speaking slots? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DelegationPickUpDialog</name>
    <message numerus="yes">
        <source>%n printed badge(s) of this delegation waiting:</source>
        <translation>
            <numerusform>%n printed badge of this delegation waiting:</numerusform>
            <numerusform>%n printed badges of this delegation waiting:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %n delegate(s)</source>
        <translation>
            <numerusform>The only delegate (%n)</numerusform>
            <numerusform>All %n delegates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n delegate(s) the filters show</source>
        <translation>
            <numerusform>The delegate the filters show (%n)</numerusform>
            <numerusform>The %n delegates the filters show</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>The selected delegate (%n)</numerusform>
            <numerusform>The %n selected delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumDialog</name>
    <message numerus="yes">
        <source>%n session(s) would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.</source>
        <translation>
            <numerusform>%n session would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.</numerusform>
            <numerusform>%n sessions would fall outside these days: %1%2. Move or delete them first, or keep days that hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForumWorkbook</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the workbook.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in the workbook.</numerusform>
            <numerusform>Nothing was imported: %n problems in the workbook.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message numerus="yes">
        <source>%n letter(s) printed;</source>
        <translation>
            <numerusform>%n letter printed;</numerusform>
            <numerusform>%n letters printed;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) left out:</source>
        <translation>
            <numerusform>%n delegate left out:</numerusform>
            <numerusform>%n delegates left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message numerus="yes">
        <source>The %n selected delegate(s)</source>
        <translation>
            <numerusform>The selected delegate (%n)</numerusform>
            <numerusform>The %n selected delegates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) exported to %1</source>
        <translation>
            <numerusform>%n session exported to %1</numerusform>
            <numerusform>%n sessions exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more page(s)</source>
        <translation>
            <numerusform>… and %n more page</numerusform>
            <numerusform>… and %n more pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message numerus="yes">
        <source>Delete “%1” with its %n speaker(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1” with its speaker? Edit › Undo brings it back.</numerusform>
            <numerusform>Delete “%1” with its %n speakers? Edit › Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message numerus="yes">
        <source>Version %1 was released on %2 by %3; %n change(s) since then.</source>
        <translation>
            <numerusform>Version %1 was released on %2 by %3; %n change since then.</numerusform>
            <numerusform>Version %1 was released on %2 by %3; %n changes since then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsPage</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>every finding, errors included</comment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them error(s)</source>
        <translation>
            <numerusform>, %n of them an error</numerusform>
            <numerusform>, %n of them errors</numerusform>
        </translation>
    </message>
</context>
</TS>
