<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClientTabs</name>
    <message numerus="yes">
        <source>%n connection(s) imported.</source>
        <translation>
            <numerusform>%n connection imported.</numerusform>
            <numerusform>%n connections imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) were not in the file: give them in Handshake… before connecting.</source>
        <translation>
            <numerusform>%n secret header value was not in the file: give it in Handshake… before connecting.</numerusform>
            <numerusform>%n secret header values were not in the file: give them in Handshake… before connecting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionModel</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleClient</name>
    <message numerus="yes">
        <source>%1 of the %n message(s) expected came within --wait.</source>
        <translation>
            <numerusform>%1 of the %n message expected came within --wait.</numerusform>
            <numerusform>%1 of the %n messages expected came within --wait.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection closed after %1 of the %n message(s) expected.</source>
        <translation>
            <numerusform>The connection closed after %1 of the %n message expected.</numerusform>
            <numerusform>The connection closed after %1 of the %n messages expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleLog</name>
    <message numerus="yes">
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n character)</numerusform>
            <numerusform>… (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s))</source>
        <translation>
            <numerusform>(%n byte)</numerusform>
            <numerusform>(%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplexServer</name>
    <message numerus="yes">
        <source>refused: %n connection(s) already, the most allowed</source>
        <translation>
            <numerusform>refused: %n connection already, the most allowed</numerusform>
            <numerusform>refused: %n connections already, the most allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message numerus="yes">
        <source>... %Ln more byte(s)</source>
        <translation>
            <numerusform>... %Ln more byte</numerusform>
            <numerusform>... %Ln more bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{…} %n key(s)</source>
        <translation>
            <numerusform>{…} %n key</numerusform>
            <numerusform>{…} %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[…] %n item(s)</source>
        <translation>
            <numerusform>[…] %n item</numerusform>
            <numerusform>[…] %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
</TS>
