<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueImport</name>
    <message numerus="yes">
        <source> (and %n more record(s); the import report lists each)</source>
        <translation>
            <numerusform> (and %n more record; the import report lists each)</numerusform>
            <numerusform> (and %n more records; the import report lists each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueValidator</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Added %n initiative(s)</source>
        <translation>
            <numerusform>Added %n initiative</numerusform>
            <numerusform>Added %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n initiative(s)</source>
        <translation>
            <numerusform>Deleted %n initiative</numerusform>
            <numerusform>Deleted %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n initiative(s) from %1; it is now a copy that syncs</source>
        <translation>
            <numerusform>Published %n initiative from %1; it is now a copy that syncs</numerusform>
            <numerusform>Published %n initiatives from %1; it is now a copy that syncs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n changed initiative(s) to %1</source>
        <translation>
            <numerusform>Wrote %n changed initiative to %1</numerusform>
            <numerusform>Wrote %n changed initiatives to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::BulkEditDialog</name>
    <message numerus="yes">
        <source>One change to each of the %n selected initiative(s):</source>
        <translation>
            <numerusform>One change to each of the %n selected initiative:</numerusform>
            <numerusform>One change to each of the %n selected initiatives:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::CatalogueEdits</name>
    <message numerus="yes">
        <source>Bulk edit of %n initiative(s)</source>
        <translation>
            <numerusform>Bulk edit of %n initiative</numerusform>
            <numerusform>Bulk edit of %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)? Edit &gt; Undo brings them back, and the history keeps them.</source>
        <translation>
            <numerusform>Delete %n initiative? Edit &gt; Undo brings them back, and the history keeps them.</numerusform>
            <numerusform>Delete %n initiatives? Edit &gt; Undo brings them back, and the history keeps them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n initiative(s)</source>
        <translation>
            <numerusform>Delete %n initiative</numerusform>
            <numerusform>Delete %n initiatives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::ConflictDialog</name>
    <message numerus="yes">
        <source>%n field(s) were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</source>
        <translation>
            <numerusform>%n field was changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</numerusform>
            <numerusform>%n fields were changed here and in the team catalogue. Your value is kept until you choose; Keep Mine sends it with the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</source>
        <translation>
            <numerusform>%n pair of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</numerusform>
            <numerusform>%n pairs of records that may be one initiative, best first. Merge makes a pair one record (Edit &gt; Undo takes it back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::FacetModel</name>
    <message numerus="yes">
        <source>%1: %n initiative(s) under the current filter</source>
        <translation>
            <numerusform>%1: %n initiative under the current filter</numerusform>
            <numerusform>%1: %n initiatives under the current filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::ImportDialog</name>
    <message numerus="yes">
        <source>Nothing to import: %n record(s) checked, none new or changed.</source>
        <translation>
            <numerusform>Nothing to import: %n record checked, none new or changed.</numerusform>
            <numerusform>Nothing to import: %n records checked, none new or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n record(s): %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</source>
        <translation>
            <numerusform>Checked %n record: %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</numerusform>
            <numerusform>Checked %n records: %1 to add, %2 to update, %3 in conflict, %4 rejected. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n record(s)</source>
        <translation>
            <numerusform>&amp;Import %n record</numerusform>
            <numerusform>&amp;Import %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::MainWindow</name>
    <message numerus="yes">
        <source>%Ln initiative(s) shown</source>
        <translation>
            <numerusform>%Ln initiative shown</numerusform>
            <numerusform>%Ln initiatives shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln selected</numerusform>
            <numerusform>%1: %Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln initiative(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln initiative to %1</numerusform>
            <numerusform>Exported %Ln initiatives to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s) written to %1 as IATI 2.03.</source>
        <translation>
            <numerusform>%Ln initiative written to %1 as IATI 2.03.</numerusform>
            <numerusform>%Ln initiatives written to %1 as IATI 2.03.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out because IATI requires what they lack (see details).</source>
        <translation>
            <numerusform>%Ln left out because IATI requires what it lacks (see details).</numerusform>
            <numerusform>%Ln left out because IATI requires what they lack (see details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the catalogue (%Ln initiative(s), its history and saved searches) to %1</source>
        <translation>
            <numerusform>Exported the catalogue (%Ln initiative, its history and saved searches) to %1</numerusform>
            <numerusform>Exported the catalogue (%Ln initiatives, its history and saved searches) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::ResultsView</name>
    <message numerus="yes">
        <source>&amp;Delete %n initiative(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n initiative…</numerusform>
            <numerusform>&amp;Delete %n initiatives…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy &amp;identifier</source>
        <translation>
            <numerusform>Copy &amp;identifier</numerusform>
            <numerusform>Copy &amp;identifiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected row(s) as a report…</source>
        <translation>
            <numerusform>&amp;Export %n selected row as a report…</numerusform>
            <numerusform>&amp;Export %n selected rows as a report…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::TeamControl</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ssc::WorldMapView</name>
    <message numerus="yes">
        <source>%1: %Ln initiative(s)</source>
        <translation>
            <numerusform>%1: %Ln initiative</numerusform>
            <numerusform>%1: %Ln initiatives</numerusform>
        </translation>
    </message>
</context>
</TS>
