<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>TerrascopeExplorer</name>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>The Processing provider &quot;Terrascope&quot; could not be registered: another plugin probably uses the id &quot;terrascope&quot;. Disable that plugin, then enable Terrascope Explorer again.</source>
        <translation>Der Verarbeitungsanbieter „Terrascope“ konnte nicht registriert werden: Vermutlich verwendet ein anderes Plugin bereits die ID „terrascope“. Deaktivieren Sie dieses Plugin und aktivieren Sie Terrascope Explorer anschließend erneut.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>Terrascope Explorer</source>
        <translation>Terrascope Explorer</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>Show or hide the Terrascope Explorer panel</source>
        <translation>Bedienfeld von Terrascope Explorer ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="81"/>
        <source>&amp;Terrascope</source>
        <translation>&amp;Terrascope</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="84"/>
        <location filename="../ui/download_dialog.py" line="339"/>
        <location filename="../ui/download_dialog.py" line="341"/>
        <location filename="../ui/layer_actions.py" line="198"/>
        <source>Terrascope</source>
        <translation>Terrascope</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="139"/>
        <location filename="../ui/timeseries_dock.py" line="69"/>
        <source>Terrascope time series</source>
        <translation>Terrascope-Zeitreihe</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144"/>
        <source>Show the time series of an indicator at a point or over a polygon, from Terrascope products</source>
        <translation>Zeitreihe eines Indikators an einem Punkt oder über einem Polygon aus Terrascope-Produkten anzeigen</translation>
    </message>
    <message>
        <location filename="../api.py" line="269"/>
        <source>({n} more files failed.)</source>
        <translation>({n} weitere Dateien fehlgeschlagen.)</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The Terrascope login could not be saved in the QGIS authentication database.</source>
        <translation>Die Terrascope-Anmeldung konnte nicht in der QGIS-Authentifizierungsdatenbank gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="155"/>
        <source>Your saved Terrascope login could not be read: enter the QGIS master password when QGIS asks for it, or log in again.</source>
        <translation>Ihre gespeicherte Terrascope-Anmeldung konnte nicht gelesen werden: Geben Sie das QGIS-Master-Passwort ein, wenn QGIS danach fragt, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="340"/>
        <location filename="../ui/login_panel.py" line="113"/>
        <source>Enter your Terrascope username and password.</source>
        <translation>Geben Sie Ihren Terrascope-Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="466"/>
        <source>You are not logged in to Terrascope.</source>
        <translation>Sie sind nicht bei Terrascope angemeldet.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="487"/>
        <location filename="../core/auth.py" line="676"/>
        <location filename="../ui/login_panel.py" line="100"/>
        <source>Your Terrascope session has ended. Log in again.</source>
        <translation>Ihre Terrascope-Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="496"/>
        <source>You are not logged in to Terrascope. Log in in the Terrascope panel or with api.login().</source>
        <translation>Sie sind nicht bei Terrascope angemeldet. Melden Sie sich im Terrascope-Bedienfeld oder mit api.login() an.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="504"/>
        <source>Terrascope no longer accepts your saved username and password. Log in again.</source>
        <translation>Terrascope akzeptiert Ihren gespeicherten Benutzernamen und Ihr Passwort nicht mehr. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="541"/>
        <source>You logged out while Terrascope was signing you in.</source>
        <translation>Sie haben sich abgemeldet, während Terrascope Sie gerade anmeldete.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="595"/>
        <source>Refreshing the Terrascope session</source>
        <translation>Terrascope-Sitzung wird erneuert</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="602"/>
        <source>The Terrascope session could not be refreshed in the background ({kind}).</source>
        <translation>Die Terrascope-Sitzung konnte im Hintergrund nicht erneuert werden ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="628"/>
        <source>The Terrascope sign-in service sent an answer the plugin cannot use. Try again later.</source>
        <translation>Der Terrascope-Anmeldedienst hat eine Antwort gesendet, die das Plugin nicht verwenden kann. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="674"/>
        <source>Wrong Terrascope username or password. Check them and try again.</source>
        <translation>Falscher Terrascope-Benutzername oder falsches Passwort. Überprüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="679"/>
        <source>The browser login could not be completed ({reason}). Try again.</source>
        <translation>Die Anmeldung im Browser konnte nicht abgeschlossen werden ({reason}). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="686"/>
        <source>The Terrascope sign-in service refused this plugin ({reason}). Update the plugin or report the problem.</source>
        <translation>Der Terrascope-Anmeldedienst hat dieses Plugin abgelehnt ({reason}). Aktualisieren Sie das Plugin oder melden Sie das Problem.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="99"/>
        <source>The browser login was cancelled.</source>
        <translation>Die Anmeldung im Browser wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="102"/>
        <source>The browser login took more than {minutes:g} minutes. Try again.</source>
        <translation>Die Anmeldung im Browser hat länger als {minutes:g} Minuten gedauert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="125"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Login not recognised</source>
        <translation>Anmeldung nicht erkannt</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Start the login again from QGIS.</source>
        <translation>Starten Sie die Anmeldung erneut in QGIS.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="133"/>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="134"/>
        <source>Terrascope refused the browser login ({reason}).</source>
        <translation>Terrascope hat die Anmeldung im Browser abgelehnt ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="142"/>
        <source>You are logged in to Terrascope</source>
        <translation>Sie sind bei Terrascope angemeldet</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="143"/>
        <source>You can close this tab and go back to QGIS.</source>
        <translation>Sie können diesen Tab schließen und zu QGIS zurückkehren.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="60"/>
        <location filename="../ui/results_panel.py" line="69"/>
        <location filename="../ui/results_panel.py" line="175"/>
        <source>Tile</source>
        <translation>Kachel</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="61"/>
        <source>UTM zone</source>
        <translation>UTM-Zone</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="62"/>
        <source>Orbit direction</source>
        <translation>Orbitrichtung</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="63"/>
        <source>Relative orbit</source>
        <translation>Relativer Orbit</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="64"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="65"/>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="66"/>
        <source>Instrument mode</source>
        <translation>Instrumentenmodus</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="67"/>
        <source>Processing version</source>
        <translation>Prozessierungsversion</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="88"/>
        <source>The search area cannot be converted from {crs} to WGS 84. Check its CRS.</source>
        <translation>Das Suchgebiet kann nicht von {crs} nach WGS 84 transformiert werden. Überprüfen Sie sein KBS.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="142"/>
        <source>Choose a valid layer for the search area.</source>
        <translation>Wählen Sie einen gültigen Layer für das Suchgebiet.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="148"/>
        <source>No feature of the layer &quot;{name}&quot; is selected. Select some, or use the layer&apos;s extent.</source>
        <translation>Im Layer „{name}“ ist kein Objekt gewählt. Wählen Sie Objekte aus oder verwenden Sie die Layerausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="174"/>
        <source>Give only one search area: bbox, geometry or layer.</source>
        <translation>Geben Sie nur ein Suchgebiet an: bbox, geometry oder layer.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="183"/>
        <source>bbox must be four numbers: west, south, east, north.</source>
        <translation>bbox muss aus vier Zahlen bestehen: West, Süd, Ost, Nord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="186"/>
        <source>bbox must be west, south, east, north, with west ≤ east and south ≤ north.</source>
        <translation>bbox muss West, Süd, Ost, Nord sein, mit West ≤ Ost und Süd ≤ Nord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="201"/>
        <source>The search geometry cannot be read (give a QgsGeometry, WKT or GeoJSON).</source>
        <translation>Die Suchgeometrie kann nicht gelesen werden (geben Sie eine QgsGeometry, WKT oder GeoJSON an).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="209"/>
        <source>There is no layer &quot;{name}&quot; in the project.</source>
        <translation>Im Projekt gibt es keinen Layer „{name}“.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="256"/>
        <location filename="../ui/search_panel.py" line="514"/>
        <source>Choose at least one collection to search.</source>
        <translation>Wählen Sie mindestens eine Kollektion für die Suche.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="260"/>
        <source>The end date ({end}) is before the start date ({start}). Swap them or change one.</source>
        <translation>Das Enddatum ({end}) liegt vor dem Startdatum ({start}). Vertauschen Sie die beiden oder ändern Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="265"/>
        <source>The maximum cloud cover must be between 0 and 100 %.</source>
        <translation>Die maximale Wolkenbedeckung muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="267"/>
        <source>The page size must be between 1 and {n}.</source>
        <translation>Die Seitengröße muss zwischen 1 und {n} liegen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="272"/>
        <source>The search area is empty. Draw an area, or choose a layer with features.</source>
        <translation>Das Suchgebiet ist leer. Zeichnen Sie ein Gebiet oder wählen Sie einen Layer mit Objekten.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="277"/>
        <source>The search area lies outside the Earth (latitude beyond ±90°). Check its CRS.</source>
        <translation>Das Suchgebiet liegt außerhalb der Erde (Breite jenseits von ±90°). Überprüfen Sie sein KBS.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="282"/>
        <source>The search area is too large ({area:,.0f} km², at most {limit:,.0f} km²). Zoom in or draw a smaller area.</source>
        <translation>Das Suchgebiet ist zu groß ({area:,.0f} km², höchstens {limit:,.0f} km²). Zoomen Sie hinein oder zeichnen Sie ein kleineres Gebiet.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="355"/>
        <location filename="../core/catalogue.py" line="361"/>
        <source>{value!r} is not a date (use YYYY-MM-DD).</source>
        <translation>{value!r} ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="476"/>
        <source>The Terrascope STAC catalogue sent search results the plugin cannot read ({error}). Try again later.</source>
        <translation>Der Terrascope-STAC-Katalog hat Suchergebnisse gesendet, die das Plugin nicht lesen kann ({error}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="581"/>
        <source>The OpenSearch catalogue&apos;s collections are not listed: {error}</source>
        <translation>Die Kollektionen des OpenSearch-Katalogs werden nicht aufgeführt: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="610"/>
        <source>The OpenSearch catalogue has no collection {id}.</source>
        <translation>Der OpenSearch-Katalog hat keine Kollektion {id}.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="688"/>
        <source>The Terrascope STAC catalogue sent an answer the plugin cannot read. Try again later.</source>
        <translation>Der Terrascope-STAC-Katalog hat eine Antwort gesendet, die das Plugin nicht lesen kann. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="707"/>
        <source>The Terrascope STAC catalogue could not be reached ({reason}). Try again later.</source>
        <translation>Der Terrascope-STAC-Katalog ist nicht erreichbar ({reason}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="714"/>
        <source>The Terrascope STAC catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later; if it persists, check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Der Terrascope-STAC-Katalog hat eine Antwort gesendet, die kein gültiges JSON ist (eine Fehlerseite oder eine unterbrochene Übertragung). Versuchen Sie es später erneut; falls das Problem bestehen bleibt, überprüfen Sie den Proxy in QGIS (Einstellungen &gt; Optionen &gt; Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="722"/>
        <source>Searching the Terrascope STAC catalogue failed ({error}). Try again later.</source>
        <translation>Die Suche im Terrascope-STAC-Katalog ist fehlgeschlagen ({error}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="64"/>
        <location filename="../core/clip.py" line="73"/>
        <source>The mask has no polygon: it is empty, or its features have no area.</source>
        <translation>Die Maske enthält kein Polygon: Sie ist leer oder ihre Objekte haben keine Fläche.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="87"/>
        <source>The mask does not overlap the raster {}: nothing is left to clip.</source>
        <translation>Die Maske überlappt das Raster {} nicht: Es bleibt nichts zum Zuschneiden übrig.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="177"/>
        <source>band {}</source>
        <translation>Band {}</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="185"/>
        <source>The bands of {} have different data types; clip them one by one.</source>
        <translation>Die Bänder von {} haben unterschiedliche Datentypen; schneiden Sie sie einzeln zu.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="224"/>
        <source>The no-data value {} does not fit the {} pixels of {}.</source>
        <translation>Der NoData-Wert {} passt nicht zu den {}-Pixeln von {}.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="54"/>
        <source>This feature</source>
        <translation>Diese Funktion</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="55"/>
        <source>{feature} needs the Python package {package}, which this QGIS installation lacks.</source>
        <translation>{feature} benötigt das Python-Paket {package}, das in dieser QGIS-Installation fehlt.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="66"/>
        <source>On Windows, run the OSGeo4W Setup (&quot;Advanced Install&quot;), select the package {debian} and finish; with the standalone QGIS installer, open the &quot;OSGeo4W Shell&quot; from the Start menu and run &quot;python -m pip install {package}&quot;. Then restart QGIS.</source>
        <translation>Unter Windows: Führen Sie das OSGeo4W-Setup aus („Advanced Install“), wählen Sie das Paket {debian} und schließen Sie die Installation ab; beim eigenständigen QGIS-Installationsprogramm öffnen Sie die „OSGeo4W Shell“ aus dem Startmenü und führen „python -m pip install {package}“ aus. Starten Sie QGIS anschließend neu.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="72"/>
        <source>On macOS, open Terminal and install it into the Python of QGIS: &quot;/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}&quot; (use the name of your QGIS application, for example QGIS-LTR.app). Then restart QGIS.</source>
        <translation>Unter macOS: Öffnen Sie das Terminal und installieren Sie das Paket in das Python von QGIS: „/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}“ (verwenden Sie den Namen Ihrer QGIS-Anwendung, zum Beispiel QGIS-LTR.app). Starten Sie QGIS anschließend neu.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="77"/>
        <source>On Debian or Ubuntu, install the package {debian} (&quot;sudo apt install {debian}&quot;); on other Linux distributions, the {package} package of the distribution. Then restart QGIS.</source>
        <translation>Unter Debian oder Ubuntu: Installieren Sie das Paket {debian} („sudo apt install {debian}“); unter anderen Linux-Distributionen das Paket {package} der Distribution. Starten Sie QGIS anschließend neu.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="28"/>
        <source>Downloading {n} Terrascope files</source>
        <translation>{n} Terrascope-Dateien werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="46"/>
        <source>The download failed because of an error in the plugin ({kind}). The details are in the log.</source>
        <translation>Der Download ist wegen eines Fehlers im Plugin fehlgeschlagen ({kind}). Details finden Sie im Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="70"/>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="138"/>
        <source>The {what} &quot;{name}&quot; given by the server is not a plain name and would leave the download folder; refused.</source>
        <translation>Der Server hat als {what} „{name}“ geliefert; das ist kein einfacher Name und würde aus dem Download-Ordner hinausführen – abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="141"/>
        <location filename="../core/downloads.py" line="147"/>
        <location filename="../core/downloads.py" line="438"/>
        <location filename="../core/downloads.py" line="783"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="146"/>
        <source>The {what} &quot;{name}&quot; given by the server cannot be used as a file name; refused.</source>
        <translation>Der Server hat als {what} „{name}“ geliefert; das kann nicht als Dateiname verwendet werden – abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="269"/>
        <source>The clip area cannot be read: give a QgsGeometry, a QgsRectangle, WKT, GeoJSON or a bbox.</source>
        <translation>Der Zuschneidebereich kann nicht gelesen werden: Geben Sie eine QgsGeometry, ein QgsRectangle, WKT, GeoJSON oder eine bbox an.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="276"/>
        <source>The clip area is empty or cannot be read.</source>
        <translation>Der Zuschneidebereich ist leer oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="278"/>
        <source>The clip area must be a polygon or an extent with an area.</source>
        <translation>Der Zuschneidebereich muss ein Polygon oder eine Ausdehnung mit einer Fläche sein.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="310"/>
        <source>{asset} of {item}</source>
        <translation>{asset} von {item}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="383"/>
        <source>Select at least one product to download.</source>
        <translation>Wählen Sie mindestens ein Produkt zum Herunterladen aus.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="387"/>
        <source>Choose at least one asset to download.</source>
        <translation>Wählen Sie mindestens ein Asset zum Herunterladen aus.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="395"/>
        <source>No selected product has the asset {missing}; they have: {available}.</source>
        <translation>Kein ausgewähltes Produkt hat das Asset {missing}; vorhanden sind: {available}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="407"/>
        <source>{item} lies outside the clip area.</source>
        <translation>{item} liegt außerhalb des Zuschneidebereichs.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="411"/>
        <source>{item} has no data files.</source>
        <translation>{item} hat keine Datendateien.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="415"/>
        <source>{item} has no asset &quot;{key}&quot;.</source>
        <translation>{item} hat kein Asset „{key}“.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="432"/>
        <source>{label} has no web address to download from.</source>
        <translation>Für {label} gibt es keine Webadresse zum Herunterladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="436"/>
        <source>collection name</source>
        <translation>Kollektionsname</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="437"/>
        <source>product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="447"/>
        <source>{label} would be written outside the download folder ({path}); refused.</source>
        <translation>{label} würde außerhalb des Download-Ordners gespeichert ({path}) – abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="926"/>
        <source>The disk is full: {label} could not be written to {folder}. Free some space or choose another folder; what was downloaded is kept and the download resumes from there.</source>
        <translation>Der Datenträger ist voll: {label} konnte nicht in {folder} geschrieben werden. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner; bereits Heruntergeladenes bleibt erhalten, und der Download wird an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="931"/>
        <source>{label} cannot be written to {folder}: permission denied. Choose another folder.</source>
        <translation>{label} kann nicht in {folder} geschrieben werden: Zugriff verweigert. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="933"/>
        <source>{label} could not be written to {folder} ({reason}).</source>
        <translation>{label} konnte nicht in {folder} geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1032"/>
        <source>Not enough free space in {folder}: the files need {need}, {free} are free. Free some space or choose another folder.</source>
        <translation>Nicht genügend freier Speicherplatz in {folder}: Die Dateien benötigen {need}, frei sind {free}. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1044"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>Already downloaded.</source>
        <translation>Bereits heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1077"/>
        <source>Not enough free space in {folder} for {label}: it needs {need}, {free} are free.</source>
        <translation>Nicht genügend freier Speicherplatz in {folder} für {label}: Benötigt werden {need}, frei sind {free}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1110"/>
        <source>{label} could not be downloaded because of an error in the plugin ({kind}).</source>
        <translation>{label} konnte wegen eines Fehlers im Plugin nicht heruntergeladen werden ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1152"/>
        <location filename="../core/downloads.py" line="1330"/>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1159"/>
        <source>{label}: the transfer broke off ({reason}); attempt {n} of {max}.</source>
        <translation>{label}: Die Übertragung wurde unterbrochen ({reason}); Versuch {n} von {max}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1171"/>
        <source>incomplete answer</source>
        <translation>unvollständige Antwort</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1174"/>
        <source>no data for {seconds:g} s</source>
        <translation>{seconds:g} s lang keine Daten empfangen</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1176"/>
        <source>{label} could not be downloaded: {service} could not be reached ({reason}).</source>
        <translation>{label} konnte nicht heruntergeladen werden: {service} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1178"/>
        <source>{label} could not be downloaded: the connection broke off {n} times ({reason}).</source>
        <translation>{label} konnte nicht heruntergeladen werden: Die Verbindung ist {n}-mal abgebrochen ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1180"/>
        <source>The {kept} received are kept; the next download resumes from there.</source>
        <translation>Die empfangenen {kept} bleiben erhalten; der nächste Download setzt dort fort.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1225"/>
        <source>{label} arrived with {size} bytes instead of the {expected} the catalogue gives: it was not kept. Try again later.</source>
        <translation>{label} ist mit {size} Bytes statt der im Katalog angegebenen {expected} angekommen und wurde nicht behalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1233"/>
        <source>{label} does not match the checksum the catalogue gives: it was damaged on the way and was not kept. Download it again.</source>
        <translation>{label} stimmt nicht mit der im Katalog angegebenen Prüfsumme überein: Die Datei wurde bei der Übertragung beschädigt und nicht behalten. Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1244"/>
        <source>{label}: the server&apos;s file name was refused.</source>
        <translation>{label}: Der vom Server gelieferte Dateiname wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1294"/>
        <source>{label} could not be clipped: {reason}</source>
        <translation>{label} konnte nicht zugeschnitten werden: {reason}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1337"/>
        <source>{label} could not be read: {service} did not answer properly. Try again later.</source>
        <translation>{label} konnte nicht gelesen werden: {service} hat nicht korrekt geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1349"/>
        <source>{label}: the download server sent you to the sign-in page: your session was refused. Log in again.</source>
        <translation>{label}: Der Download-Server hat Sie zur Anmeldeseite umgeleitet: Ihre Sitzung wurde abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1357"/>
        <source>{label}: the server moved the file to {location}, which was not followed{why}.</source>
        <translation>{label}: Der Server hat die Datei nach {location} verschoben; dieser Umleitung wurde nicht gefolgt{why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1360"/>
        <source> (your Terrascope token is only sent to Terrascope)</source>
        <translation> (Ihr Terrascope-Token wird nur an Terrascope gesendet)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1449"/>
        <source>{n} of {total} files downloaded.</source>
        <translation>{n} von {total} Dateien heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1451"/>
        <source>Cancelled: partial files are kept, and the next download resumes them.</source>
        <translation>Abgebrochen: Teilweise heruntergeladene Dateien bleiben erhalten, und der nächste Download setzt sie fort.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1456"/>
        <source>({n} more problems: see the log.)</source>
        <translation>({n} weitere Probleme: siehe Protokoll.)</translation>
    </message>
    <message>
        <location filename="../core/footprints.py" line="88"/>
        <source>Terrascope footprints</source>
        <translation>Terrascope-Footprints</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="70"/>
        <source>Normalized Difference Vegetation Index</source>
        <translation>Normalisierter differenzierter Vegetationsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="71"/>
        <source>Normalized Difference Water Index</source>
        <translation>Normalisierter differenzierter Wasserindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="72"/>
        <source>Modified Normalized Difference Water Index</source>
        <translation>Modifizierter normalisierter differenzierter Wasserindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="75"/>
        <source>Normalized Difference Moisture Index</source>
        <translation>Normalisierter differenzierter Feuchteindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="80"/>
        <source>Normalized Burn Ratio</source>
        <translation>Normalisiertes Brandverhältnis</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="81"/>
        <source>Normalized Burn Ratio 2</source>
        <translation>Normalisiertes Brandverhältnis 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="82"/>
        <source>Normalized Difference Red Edge</source>
        <translation>Normalisierte Differenz im Red Edge</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="85"/>
        <source>Green Normalized Difference Vegetation Index</source>
        <translation>Grüner normalisierter differenzierter Vegetationsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="90"/>
        <source>Normalized Difference Built-up Index</source>
        <translation>Normalisierter differenzierter Bebauungsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="93"/>
        <source>Enhanced Vegetation Index</source>
        <translation>Verbesserter Vegetationsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="101"/>
        <source>Two-band Enhanced Vegetation Index</source>
        <translation>Verbesserter Vegetationsindex mit zwei Bändern</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="109"/>
        <source>Soil Adjusted Vegetation Index</source>
        <translation>Bodenangepasster Vegetationsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="117"/>
        <source>Modified Soil Adjusted Vegetation Index 2</source>
        <translation>Modifizierter bodenangepasster Vegetationsindex 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="150"/>
        <source>Sentinel-2 (Terrascope TOC)</source>
        <translation>Sentinel-2 (Terrascope TOC)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="185"/>
        <source>PROBA-V (TOC reflectance)</source>
        <translation>PROBA-V (TOC-Reflektanz)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="190"/>
        <source>Other (band mapping or band names)</source>
        <translation>Sonstige (Bandzuordnung oder Bandnamen)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="204"/>
        <source>&lt;b&gt;{key}&lt;/b&gt; ({name}): {formula}; bands {bands}; {reference}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt; ({name}): {formula}; Bänder {bands}; {reference}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="222"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; reflectance = digital number × {scale:g} + {offset:g}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt;: {name}; Reflektanz = Digitalwert × {scale:g} + {offset:g}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="226"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; the rasters&apos; own scale and offset, else the scale given</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt;: {name}; Skalierung und Offset der Raster selbst, sonst die angegebene Skalierung</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="264"/>
        <source>&quot;{}&quot; is not of the form name=band number, such as red=3</source>
        <translation>„{}“ hat nicht die Form Name=Bandnummer, z. B. red=3</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="277"/>
        <source>&quot;{}&quot; is not a class number or a range such as 8-10</source>
        <translation>„{}“ ist weder eine Klassennummer noch ein Bereich wie 8-10</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="405"/>
        <source>the {} band ({} for {})</source>
        <translation>das Band {} ({} bei {})</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="407"/>
        <source>the {} band</source>
        <translation>das Band {}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="418"/>
        <source>Two inputs provide band {} ({}, {}): give the bands of one product only.</source>
        <translation>Zwei Eingaben liefern das Band {} ({}, {}): Geben Sie nur die Bänder eines einzigen Produkts an.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="492"/>
        <source>{} needs {}, which was not found among the inputs. Add that band raster, or give the band mapping of the multiband raster, such as {}.</source>
        <translation>{} benötigt {}; unter den Eingaben nicht gefunden. Fügen Sie dieses Bandraster hinzu oder geben Sie die Bandzuordnung des Multiband-Rasters an, z. B. {}.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="509"/>
        <location filename="../core/styles.py" line="197"/>
        <source>scene classification</source>
        <translation>Szenenklassifikation</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="512"/>
        <source>The scene classification {} holds real numbers; it must hold class numbers.</source>
        <translation>Die Szenenklassifikation {} enthält Gleitkommazahlen; sie muss Klassennummern enthalten.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="163"/>
        <source>Choose one band, or three bands for red, green and blue.</source>
        <translation>Wählen Sie ein Band oder drei Bänder für Rot, Grün und Blau.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="178"/>
        <source>{product} has no image that can be shown on the map.</source>
        <translation>{product} hat kein Bild, das auf der Karte angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="185"/>
        <location filename="../core/layers.py" line="206"/>
        <source>This product has no {band} band ({product}).</source>
        <translation>Dieses Produkt hat kein Band {band} ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="189"/>
        <source>The {band} file of this product is not an image ({product}).</source>
        <translation>Die {band}-Datei dieses Produkts ist kein Bild ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="247"/>
        <source>The downloaded file {path} could not be opened as a raster.</source>
        <translation>Die heruntergeladene Datei {path} konnte nicht als Raster geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="271"/>
        <source>There is no preset {preset} for this product; choose one of: {offered}.</source>
        <translation>Für dieses Produkt gibt es keine Voreinstellung {preset}; wählen Sie eine der folgenden: {offered}.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="335"/>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="355"/>
        <source>The bands {a} and {b} of this product are in different coordinate systems.</source>
        <translation>Die Bänder {a} und {b} dieses Produkts liegen in unterschiedlichen Koordinatensystemen vor.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="427"/>
        <source>no data could be read</source>
        <translation>es konnten keine Daten gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="475"/>
        <source>The {band} file of {product} could not be read: the transfer broke off or the file is not a readable image ({reason}). Try again later.</source>
        <translation>Die {band}-Datei von {product} konnte nicht gelesen werden: Die Übertragung wurde unterbrochen oder die Datei ist kein lesbares Bild ({reason}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="492"/>
        <source>{product} could not be loaded. {reason}</source>
        <translation>{product} konnte nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="504"/>
        <source>The download server does not have the {band} file of {product} (HTTP 404): the catalogue entry may be out of date.</source>
        <translation>Der Download-Server hat die {band}-Datei von {product} nicht (HTTP 404): Der Katalogeintrag ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="515"/>
        <source>Log in to Terrascope to load this product ({product}).</source>
        <translation>Melden Sie sich bei Terrascope an, um dieses Produkt zu laden ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="521"/>
        <location filename="../core/timeseries.py" line="698"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="556"/>
        <source>{file}: the file&apos;s scale/offset differ from the catalogue&apos;s; the file&apos;s are used.</source>
        <translation>{file}: Skalierung/Offset der Datei weichen von den Katalogangaben ab; die Werte der Datei werden verwendet.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="621"/>
        <source>The layer file {path} could not be written ({reason}). Check the folder in the settings.</source>
        <translation>Die Layerdatei {path} konnte nicht geschrieben werden ({reason}). Überprüfen Sie den Ordner in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="633"/>
        <source>GDAL could not build the layer file.</source>
        <translation>GDAL konnte die Layerdatei nicht erstellen.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="672"/>
        <source>The bands {bands} of {product} could not be combined ({reason}).</source>
        <translation>Die Bänder {bands} von {product} konnten nicht kombiniert werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="761"/>
        <location filename="../core/layers.py" line="782"/>
        <source>QGIS could not open {name} ({reason}).</source>
        <translation>QGIS konnte {name} nicht öffnen ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="892"/>
        <source>{collection} product {id}{when}, from the Terrascope catalogue ({collection_id}).</source>
        <translation>{collection}: Produkt {id}{when}, aus dem Terrascope-Katalog ({collection_id}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="935"/>
        <source>Catalogue entry (STAC item)</source>
        <translation>Katalogeintrag (STAC-Item)</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1048"/>
        <source>Connecting Terrascope layers</source>
        <translation>Terrascope-Layer werden verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/layers.py" line="1075"/>
        <source>Loading %n Terrascope product(s)</source>
        <translation>
            <numerusform>%n Terrascope-Produkt wird geladen</numerusform>
            <numerusform>%n Terrascope-Produkte werden geladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1105"/>
        <source>{name} could not be loaded because of an error in the plugin ({error}).</source>
        <translation>{name} konnte wegen eines Fehlers im Plugin nicht geladen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1148"/>
        <source>There is no product to load.</source>
        <translation>Es gibt kein Produkt zum Laden.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="62"/>
        <source>{service} sent an answer that is not valid JSON. Try again later.</source>
        <translation>{service} hat eine Antwort gesendet, die kein gültiges JSON ist. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="110"/>
        <source>The Terrascope sign-in service</source>
        <translation>Der Terrascope-Anmeldedienst</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="111"/>
        <source>The Terrascope STAC catalogue</source>
        <translation>Der Terrascope-STAC-Katalog</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>The Terrascope catalogue</source>
        <translation>Der Terrascope-Katalog</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="113"/>
        <source>The Terrascope WMTS service</source>
        <translation>Der Terrascope-WMTS-Dienst</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="114"/>
        <source>The Terrascope WMS service</source>
        <translation>Der Terrascope-WMS-Dienst</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="115"/>
        <source>The Terrascope download server</source>
        <translation>Der Terrascope-Download-Server</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="116"/>
        <source>The Terrascope preview service</source>
        <translation>Der Terrascope-Vorschaudienst</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="121"/>
        <source>The server {host}</source>
        <translation>Der Server {host}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="237"/>
        <location filename="../core/qgis_transport.py" line="40"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="272"/>
        <source>{service} did not answer within {seconds:g} s. It may be busy or down: try again later.</source>
        <translation>{service} hat nicht innerhalb von {seconds:g} s geantwortet. Möglicherweise ist er überlastet oder ausgefallen: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="282"/>
        <source>Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Überprüfen Sie den Proxy in QGIS (Einstellungen &gt; Optionen &gt; Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="284"/>
        <source>Check the SSL settings and certificates in QGIS (Settings &gt; Options &gt; Authentication).</source>
        <translation>Überprüfen Sie die SSL-Einstellungen und Zertifikate in QGIS (Einstellungen &gt; Optionen &gt; Authentifizierung).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="286"/>
        <source>Check your internet connection and the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Überprüfen Sie Ihre Internetverbindung und den Proxy in QGIS (Einstellungen &gt; Optionen &gt; Netzwerk).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="287"/>
        <source>{service} could not be reached ({reason}). {advice}</source>
        <translation>{service} ist nicht erreichbar ({reason}). {advice}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="289"/>
        <location filename="../core/web_services.py" line="860"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="329"/>
        <source>{service} refused your Terrascope session (HTTP {status}{detail}). Log in again.</source>
        <translation>{service} hat Ihre Terrascope-Sitzung abgelehnt (HTTP {status}{detail}). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="331"/>
        <source>{service} needs a Terrascope login (HTTP {status}{detail}). Log in in the Terrascope panel or with api.login(), then try again.</source>
        <translation>{service} erfordert eine Terrascope-Anmeldung (HTTP {status}{detail}). Melden Sie sich im Terrascope-Bedienfeld oder mit api.login() an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="337"/>
        <source>{service} does not know this address (HTTP 404{detail}).</source>
        <translation>{service} kennt diese Adresse nicht (HTTP 404{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="340"/>
        <source> Try again in {seconds} s.</source>
        <translation> Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source>{service} is busy or failing (HTTP {status}{detail}).</source>
        <translation>{service} ist überlastet oder gestört (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source> Try again later.</source>
        <translation> Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="343"/>
        <source>{service} refused the request (HTTP {status}{detail}).</source>
        <translation>{service} hat die Anfrage abgelehnt (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="170"/>
        <location filename="../core/products.py" line="341"/>
        <source>orbit {orbit}</source>
        <translation>Orbit {orbit}</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="197"/>
        <source>Search one OpenSearch collection at a time.</source>
        <translation>Durchsuchen Sie jeweils nur eine OpenSearch-Kollektion.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="234"/>
        <source>The OpenSearch catalogue cannot filter on “{name}”. Remove that filter.</source>
        <translation>Der OpenSearch-Katalog kann nicht nach „{name}“ filtern. Entfernen Sie diesen Filter.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="241"/>
        <source>The OpenSearch catalogue filters “{name}” on one value at a time.</source>
        <translation>Der OpenSearch-Katalog filtert „{name}“ jeweils nur nach einem Wert.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="256"/>
        <source>The OpenSearch catalogue returns at most {n:,} results per search. Narrow the area, the dates or the cloud cover to see the rest.</source>
        <translation>Der OpenSearch-Katalog liefert höchstens {n:,} Ergebnisse pro Suche. Schränken Sie Gebiet, Zeitraum oder Wolkenbedeckung ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="273"/>
        <source>The Terrascope OpenSearch catalogue sent results the plugin cannot read ({error}). Try again later.</source>
        <translation>Der Terrascope-OpenSearch-Katalog hat Ergebnisse gesendet, die das Plugin nicht lesen kann ({error}). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="313"/>
        <source>The Terrascope OpenSearch catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later.</source>
        <translation>Der Terrascope-OpenSearch-Katalog hat eine Antwort gesendet, die kein gültiges JSON ist (eine Fehlerseite oder eine unterbrochene Übertragung). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="134"/>
        <source>The raster {} cannot be opened: {}</source>
        <translation>Das Raster {} kann nicht geöffnet werden: {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="140"/>
        <source>The raster {} has no coordinate reference system or no georeferencing.</source>
        <translation>Das Raster {} hat kein Koordinatenbezugssystem oder keine Georeferenzierung.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="144"/>
        <source>The raster {} is rotated or not north-up; warp it to a north-up grid first.</source>
        <translation>Das Raster {} ist gedreht oder nicht nordorientiert; transformieren Sie es zuerst auf ein nordorientiertes Gitter.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="167"/>
        <source>The {} band is band {} of {}, but that raster has only {} band(s).</source>
        <translation>„{}“ ist Band {} von {}, aber dieses Raster hat nur {} Band/Bänder.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="174"/>
        <source>Band {} of {} holds {} values, which cannot be used here; use integer or real numbers.</source>
        <translation>Band {} von {} enthält Werte vom Typ {}, die hier nicht verwendet werden können; verwenden Sie Ganzzahlen oder Gleitkommazahlen.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="226"/>
        <source>No input raster was given.</source>
        <translation>Es wurde kein Eingaberaster angegeben.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="240"/>
        <source>The rasters do not overlap: {} cover no common area.</source>
        <translation>Die Raster überlappen sich nicht: {} haben keinen gemeinsamen Bereich.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="246"/>
        <source>The pixel size must be larger than zero.</source>
        <translation>Die Pixelgröße muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="255"/>
        <source>The rasters overlap by less than one pixel.</source>
        <translation>Die Raster überlappen sich um weniger als ein Pixel.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="305"/>
        <source>Unknown resampling method {}.</source>
        <translation>Unbekannte Resampling-Methode {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="582"/>
        <source>The Cloud-Optimized GeoTIFF {} could not be written: {}</source>
        <translation>Das Cloud-Optimized GeoTIFF {} konnte nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="672"/>
        <source>Unknown compression {}.</source>
        <translation>Unbekannte Komprimierung {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="689"/>
        <source>The output file {} cannot be created: {}</source>
        <translation>Die Ausgabedatei {} kann nicht erstellt werden: {}</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="99"/>
        <source>Searching failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>Die Suche ist wegen eines Fehlers im Plugin fehlgeschlagen ({error}). Details finden Sie im Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="113"/>
        <source>Searching the Terrascope catalogue</source>
        <translation>Terrascope-Katalog wird durchsucht</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="75"/>
        <source>The environment variable {name}</source>
        <translation>Die Umgebungsvariable {name}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="78"/>
        <source>The setting {key}</source>
        <translation>Die Einstellung {key}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="88"/>
        <source>{source} must not contain a user name or a password.</source>
        <translation>{source} darf weder einen Benutzernamen noch ein Passwort enthalten.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="102"/>
        <source>{source} must be the base URL of a Terrascope sandbox, such as http://127.0.0.1:8765, but it is {value}.</source>
        <translation>{source} muss die Basis-URL einer Terrascope-Sandbox sein, z. B. http://127.0.0.1:8765, ist aber {value}.</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="46"/>
        <source>true colour</source>
        <translation>Echtfarben</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="47"/>
        <source>false colour</source>
        <translation>Falschfarben</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="48"/>
        <source>SWIR</source>
        <translation>SWIR</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="49"/>
        <source>agriculture</source>
        <translation>Landwirtschaft</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="122"/>
        <source>Tree cover</source>
        <translation>Baumbedeckung</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="123"/>
        <source>Shrubland</source>
        <translation>Buschland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="124"/>
        <source>Grassland</source>
        <translation>Grasland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="125"/>
        <source>Cropland</source>
        <translation>Ackerland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="126"/>
        <source>Built-up</source>
        <translation>Bebaute Fläche</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="127"/>
        <source>Bare / sparse vegetation</source>
        <translation>Vegetationslos / spärliche Vegetation</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="128"/>
        <source>Snow and ice</source>
        <translation>Schnee und Eis</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="129"/>
        <source>Permanent water bodies</source>
        <translation>Ständige Wasserflächen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="130"/>
        <source>Herbaceous wetland</source>
        <translation>Krautiges Feuchtgebiet</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="131"/>
        <source>Mangroves</source>
        <translation>Mangroven</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="132"/>
        <source>Moss and lichen</source>
        <translation>Moose und Flechten</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="136"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="137"/>
        <source>Saturated or defective</source>
        <translation>Gesättigt oder defekt</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="138"/>
        <source>Dark area pixels</source>
        <translation>Dunkle Pixel</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="139"/>
        <source>Cloud shadows</source>
        <translation>Wolkenschatten</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="140"/>
        <source>Vegetation</source>
        <translation>Vegetation</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="141"/>
        <source>Not vegetated</source>
        <translation>Nicht bewachsen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="142"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="143"/>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="144"/>
        <source>Cloud, medium probability</source>
        <translation>Wolke, mittlere Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="145"/>
        <source>Cloud, high probability</source>
        <translation>Wolke, hohe Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="146"/>
        <source>Thin cirrus</source>
        <translation>Dünne Zirren</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="147"/>
        <source>Snow</source>
        <translation>Schnee</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Clear</source>
        <translation>Wolkenfrei</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Cloud or shadow</source>
        <translation>Wolke oder Schatten</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>Temporary crops</source>
        <translation>Temporäre Kulturen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>temporary crops</source>
        <translation>temporäre Kulturen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="156"/>
        <source>Maize</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="156"/>
        <source>maize</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="157"/>
        <source>Winter cereals</source>
        <translation>Wintergetreide</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="157"/>
        <source>winter cereals</source>
        <translation>Wintergetreide</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>Spring cereals</source>
        <translation>Sommergetreide</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>spring cereals</source>
        <translation>Sommergetreide</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="161"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="188"/>
        <source>land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="195"/>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="199"/>
        <source>cloud mask</source>
        <translation>Wolkenmaske</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="244"/>
        <source>WorldCereal 2021 temporary crops</source>
        <translation>WorldCereal 2021 temporäre Kulturen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="245"/>
        <source>WorldCereal 2021 maize</source>
        <translation>WorldCereal 2021 Mais</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="246"/>
        <source>WorldCereal 2021 winter cereals</source>
        <translation>WorldCereal 2021 Wintergetreide</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="221"/>
        <source>Incomplete series: {reason}</source>
        <translation>Unvollständige Zeitreihe: {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="223"/>
        <source>Incomplete series: the run was cancelled after {n} products.</source>
        <translation>Unvollständige Zeitreihe: Der Lauf wurde nach {n} Produkten abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="232"/>
        <source>{valid} of {total} dates have a value</source>
        <translation>{valid} von {total} Zeitpunkten haben einen Wert</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="236"/>
        <source>, {failed} failed</source>
        <translation>, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="239"/>
        <source>Cancelled: the series is incomplete.</source>
        <translation>Abgebrochen: Die Zeitreihe ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="241"/>
        <source>Stopped by an error: the series is incomplete.</source>
        <translation>Durch einen Fehler gestoppt: Die Zeitreihe ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="327"/>
        <source>{index} needs the {bands} band, which products of {collection} do not have.</source>
        <translation>{index} benötigt das Band {bands}, das Produkte von {collection} nicht haben.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="337"/>
        <source>&quot;{indicator}&quot; is neither an index nor a band of {collection}. Choose an index such as NDVI or one of its bands: {choices}.</source>
        <translation>„{indicator}“ ist weder ein Index noch ein Band von {collection}. Wählen Sie einen Index wie NDVI oder eines ihrer Bänder: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="430"/>
        <source>{service} answered a range request without the file size. Try again later.</source>
        <translation>{service} hat eine Range-Anfrage ohne Dateigröße beantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="640"/>
        <source>{name} cannot be read as a raster ({reason}).</source>
        <translation>{name} kann nicht als Raster gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="641"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="665"/>
        <source>{name} has no coordinate reference system.</source>
        <translation>{name} hat kein Koordinatenbezugssystem.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="697"/>
        <source>The pixels of {name} could not be read ({reason}).</source>
        <translation>Die Pixel von {name} konnten nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="770"/>
        <source>Give a point or a polygon for the time series.</source>
        <translation>Geben Sie einen Punkt oder ein Polygon für die Zeitreihe an.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="776"/>
        <source>Give one point for the time series, not {n}.</source>
        <translation>Geben Sie einen einzigen Punkt für die Zeitreihe an, nicht {n}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="780"/>
        <source>A time series needs a point or a polygon, not a line.</source>
        <translation>Eine Zeitreihe benötigt einen Punkt oder ein Polygon, keine Linie.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="787"/>
        <source>The polygon is empty. Draw it again or choose another feature.</source>
        <translation>Das Polygon ist leer. Zeichnen Sie es erneut oder wählen Sie ein anderes Objekt.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="790"/>
        <source>The polygon is too large for a time series ({area:,.1f} km², at most {limit:,.0f} km²). Draw a smaller one, or clip the rasters of a few dates instead.</source>
        <translation>Das Polygon ist zu groß für eine Zeitreihe ({area:,.1f} km², höchstens {limit:,.0f} km²). Zeichnen Sie ein kleineres oder schneiden Sie stattdessen die Raster einiger Zeitpunkte zu.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="809"/>
        <source>The coordinate reference system of the place cannot be read.</source>
        <translation>Das Koordinatenbezugssystem des Ortes kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="813"/>
        <source>The geometry of the place cannot be read.</source>
        <translation>Die Geometrie des Ortes kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="817"/>
        <source>The place cannot be converted to the product&apos;s coordinate system.</source>
        <translation>Der Ort kann nicht in das Koordinatensystem des Produkts transformiert werden.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="840"/>
        <source>{name} has an unusable geotransform.</source>
        <translation>{name} hat eine unbrauchbare Geotransformation.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1042"/>
        <source>the first product</source>
        <translation>dem ersten Produkt</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1043"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1044"/>
        <source>between {start} and {end}</source>
        <translation>zwischen {start} und {end}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1075"/>
        <source>{n} products of {collection} match: too many for one series (at most {limit}). Choose a shorter period.</source>
        <translation>{n} Produkte von {collection} passen: zu viele für eine Zeitreihe (höchstens {limit}). Wählen Sie einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this point</source>
        <translation>diesen Punkt</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this area</source>
        <translation>dieses Gebiet</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1099"/>
        <source>No product of {collection} covers {what} at any date: it lies outside the collection&apos;s coverage. Check the place and its coordinate reference system ({crs}).</source>
        <translation>Kein Produkt von {collection} deckt {what} zu irgendeinem Zeitpunkt ab: Der Ort liegt außerhalb der Abdeckung der Kollektion. Überprüfen Sie den Ort und sein Koordinatenbezugssystem ({crs}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1109"/>
        <source> with at most {cloud:g} % cloud cover</source>
        <translation> mit höchstens {cloud:g} % Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1114"/>
        <source>No product of {collection} covers {what} {period}{cloud}. Widen the period{more}.</source>
        <translation>Kein Produkt von {collection} deckt {what} {period}{cloud} ab. Erweitern Sie den Zeitraum{more}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1119"/>
        <source> or raise the cloud limit</source>
        <translation> oder erhöhen Sie die Wolkengrenze</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1149"/>
        <source>Choose a collection for the time series.</source>
        <translation>Wählen Sie eine Kollektion für die Zeitreihe.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1152"/>
        <source>The window around a point must be an odd number of pixels from 1 to {n}.</source>
        <translation>Das Fenster um einen Punkt muss eine ungerade Anzahl von Pixeln zwischen 1 und {n} sein.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1178"/>
        <source>Nothing to read.</source>
        <translation>Nichts zu lesen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1237"/>
        <source>the run stopped on an error after {done} of {n} products; the other dates are missing. {reason}</source>
        <translation>der Lauf wurde nach {done} von {n} Produkten durch einen Fehler gestoppt; die übrigen Zeitpunkte fehlen. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1242"/>
        <source>the catalogue failed while listing the products: only the {n} it listed before were read, later dates may be missing. {reason}</source>
        <translation>der Katalog ist beim Auflisten der Produkte fehlgeschlagen: Nur die {n} zuvor aufgelisteten wurden gelesen, spätere Zeitpunkte können fehlen. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1253"/>
        <source>None of the {n} products could be read. The first one failed: {reason}</source>
        <translation>Keines der {n} Produkte konnte gelesen werden. Fehler beim ersten: {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1280"/>
        <source>All {n} dates are cloudy here: the series has only gaps. Try another period.</source>
        <translation>Alle {n} Zeitpunkte sind hier bewölkt: Die Zeitreihe besteht nur aus Lücken. Versuchen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1282"/>
        <source>None of the {n} dates has a valid value here (clouds, or no data at this place): the series has only gaps.</source>
        <translation>Keiner der {n} Zeitpunkte hat hier einen gültigen Wert (Wolken oder keine Daten an diesem Ort): Die Zeitreihe besteht nur aus Lücken.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1292"/>
        <source>{failed} of {n} products could not be read; their dates are marked as failed (first: {reason}). Run the series again to retry them.</source>
        <translation>{failed} von {n} Produkten konnten nicht gelesen werden; ihre Zeitpunkte sind als fehlgeschlagen markiert (erster Fehler: {reason}). Führen Sie die Zeitreihe erneut aus, um sie nochmals zu versuchen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1299"/>
        <source>Cancelled: {done} of {n} products were read.</source>
        <translation>Abgebrochen: {done} von {n} Produkten wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1384"/>
        <source>The CSV file {path} cannot be written ({reason}).</source>
        <translation>Die CSV-Datei {path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="30"/>
        <source>Time series of {indicator} in {collection}</source>
        <translation>Zeitreihe von {indicator} in {collection}</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="47"/>
        <source>The time series failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>Die Zeitreihe ist wegen eines Fehlers im Plugin fehlgeschlagen ({error}). Details finden Sie im Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="164"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Did you mean {names}?</source>
        <translation>Der Terrascope-{service} hat keinen Layer „{name}“. Meinten Sie {names}?</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="167"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Its layers are: {names}.</source>
        <translation>Der Terrascope-{service} hat keinen Layer „{name}“. Seine Layer sind: {names}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="168"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMTS service</source>
        <translation>WMTS-Dienst</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMS service</source>
        <translation>WMS-Dienst</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="180"/>
        <source>&quot;{service}&quot; is not a Terrascope web service; use &quot;wmts&quot; or &quot;wms&quot;.</source>
        <translation>„{service}“ ist kein Terrascope-Webdienst; verwenden Sie „wmts“ oder „wms“.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="233"/>
        <source>{service} sent capabilities that cannot be read (not XML). Try again later.</source>
        <translation>{service} hat Capabilities gesendet, die nicht gelesen werden können (kein XML). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="242"/>
        <source>{service} refused to describe its layers: {message}</source>
        <translation>{service} hat die Beschreibung seiner Layer verweigert: {message}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="243"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="252"/>
        <source>a web page ({title})</source>
        <translation>eine Webseite ({title})</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="254"/>
        <source>a &lt;{tag}&gt; document</source>
        <translation>ein &lt;{tag}&gt;-Dokument</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="257"/>
        <source>{service} sent {what} instead of its capabilities. Try again later.</source>
        <translation>{service} hat {what} statt seiner Capabilities gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="392"/>
        <source>{service} sent capabilities without any layer.</source>
        <translation>{service} hat Capabilities ohne Layer gesendet.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="562"/>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="612"/>
        <source>The layer {name} has no format &quot;{format}&quot;; use one of {formats}.</source>
        <translation>Der Layer {name} hat kein Format „{format}“; verwenden Sie eines von {formats}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="625"/>
        <source>The Terrascope WMTS service gives no tile matrix set for the layer {name}.</source>
        <translation>Der Terrascope-WMTS-Dienst gibt für den Layer {name} kein Tile Matrix Set an.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="733"/>
        <source>Terrascope (VITO); see https://terrascope.be for the terms of use of each product.</source>
        <translation>Terrascope (VITO); die Nutzungsbedingungen der einzelnen Produkte finden Sie unter https://terrascope.be.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="735"/>
        <source>Capabilities of the Terrascope {kind} service</source>
        <translation>Capabilities des Terrascope-{kind}-Dienstes</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="772"/>
        <source>{name} has no data on {wanted}; showing {day}, the nearest date with data.</source>
        <translation>{name} hat keine Daten am {wanted}; angezeigt wird {day}, das nächstgelegene Datum mit Daten.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="784"/>
        <source>QGIS could not open the Terrascope {service} layer {name}{detail}.</source>
        <translation>QGIS konnte den Terrascope-{service}-Layer {name} nicht öffnen{detail}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="828"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation>Der Layer {name} konnte nicht zum Projekt hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="859"/>
        <source>The WMTS layers of this project keep their date: {error}</source>
        <translation>Die WMTS-Layer dieses Projekts behalten ihr Datum: {error}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="877"/>
        <source>Connecting Terrascope WMTS layers to the time</source>
        <translation>Terrascope-WMTS-Layer werden mit der Zeit verbunden</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="47"/>
        <source>{:.2f} GB</source>
        <translation>{:.2f} GB</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="48"/>
        <source>{:.1f} MB</source>
        <translation>{:.1f} MB</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="63"/>
        <source>Download Terrascope products</source>
        <translation>Terrascope-Produkte herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="69"/>
        <source>{n} products selected. Choose the files to download:</source>
        <translation>{n} Produkte gewählt. Wählen Sie die herunterzuladenden Dateien:</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="74"/>
        <source>{key} — {title}: {n} files, {size}</source>
        <translation>{key} — {title}: {n} Dateien, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="78"/>
        <source>(some sizes unknown)</source>
        <translation>(einige Größen unbekannt)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="88"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="89"/>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="104"/>
        <location filename="../processing_provider/download_algorithm.py" line="127"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="106"/>
        <source>Files go to &lt;folder&gt;/&lt;collection&gt;/&lt;product id&gt;/.</source>
        <translation>Die Dateien werden unter &lt;Ordner&gt;/&lt;Kollektion&gt;/&lt;Produkt-ID&gt;/ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="112"/>
        <source>Clip to the search area (GeoTIFF files: only that part is downloaded)</source>
        <translation>Auf das Suchgebiet zuschneiden (GeoTIFF-Dateien: Nur dieser Teil wird heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="116"/>
        <source>Draw or choose a search area first.</source>
        <translation>Zeichnen oder wählen Sie zuerst ein Suchgebiet.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="118"/>
        <source>Add the downloaded rasters to the map when done</source>
        <translation>Heruntergeladene Raster nach Abschluss zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="126"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="186"/>
        <source>Total: {n} files, {size}</source>
        <translation>Gesamt: {n} Dateien, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="188"/>
        <source>and {n} of unknown size</source>
        <translation>und {n} mit unbekannter Größe</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="190"/>
        <source>(less when clipped)</source>
        <translation>(weniger bei Zuschnitt)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="215"/>
        <source>Select one or more products to download.</source>
        <translation>Wählen Sie ein oder mehrere Produkte zum Herunterladen aus.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="253"/>
        <source>Nothing to download.</source>
        <translation>Nichts herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="262"/>
        <source>Downloading {n} files to {folder}; progress is in the task manager.</source>
        <translation>{n} Dateien werden nach {folder} heruntergeladen; den Fortschritt sehen Sie im Aufgabenmanager.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="278"/>
        <source>The end of a download could not be reported ({kind}: {error}).</source>
        <translation>Das Ende eines Downloads konnte nicht gemeldet werden ({kind}: {error}).</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="342"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="55"/>
        <source>Choose bands</source>
        <translation>Bänder wählen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="58"/>
        <source>Show three bands as red, green and blue, or one band on its own.</source>
        <translation>Drei Bänder als Rot, Grün und Blau anzeigen oder ein einzelnes Band für sich.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="61"/>
        <source>Red, green, blue composite</source>
        <translation>Rot-Grün-Blau-Komposit</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="62"/>
        <source>One band</source>
        <translation>Ein Band</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="63"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <location filename="../ui/layer_actions.py" line="91"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="91"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="125"/>
        <location filename="../ui/layer_actions.py" line="126"/>
        <location filename="../ui/results_panel.py" line="315"/>
        <location filename="../ui/web_services_panel.py" line="86"/>
        <source>Add to map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="131"/>
        <source>Add to map as</source>
        <translation>Zur Karte hinzufügen als</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="137"/>
        <source>Choose bands…</source>
        <translation>Bänder wählen…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="85"/>
        <source>Logged in as {user}: session alive.</source>
        <translation>Angemeldet als {user}: Sitzung aktiv.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="87"/>
        <source>QGIS has no master password, so this login is kept in memory only: you will have to log in again after restarting QGIS.</source>
        <translation>QGIS hat kein Master-Passwort, daher wird diese Anmeldung nur im Arbeitsspeicher gehalten: Nach einem Neustart von QGIS müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="92"/>
        <source>Your login is saved, encrypted, in the QGIS authentication database.</source>
        <translation>Ihre Anmeldung ist verschlüsselt in der QGIS-Authentifizierungsdatenbank gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="95"/>
        <source>Your Terrascope login is saved, encrypted, in the QGIS authentication database: the plugin logs in by itself when something needs it.</source>
        <translation>Ihre Terrascope-Anmeldung ist verschlüsselt in der QGIS-Authentifizierungsdatenbank gespeichert: Das Plugin meldet sich selbstständig an, wenn es nötig ist.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="101"/>
        <source>Not logged in. Searching works without a login; downloading and streaming most data need one.</source>
        <translation>Nicht angemeldet. Die Suche funktioniert ohne Anmeldung; für das Herunterladen und Streamen der meisten Daten ist eine Anmeldung erforderlich.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in to Terrascope</source>
        <translation>Anmeldung bei Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="140"/>
        <source>No web browser could be opened. Log in with your username and password instead.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Melden Sie sich stattdessen mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="154"/>
        <source>Waiting for the Terrascope login in the browser</source>
        <translation>Warten auf die Terrascope-Anmeldung im Browser</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="155"/>
        <source>Log in to Terrascope in your web browser, then come back to QGIS.</source>
        <translation>Melden Sie sich in Ihrem Webbrowser bei Terrascope an und kehren Sie dann zu QGIS zurück.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out of Terrascope</source>
        <translation>Abmeldung von Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="193"/>
        <source>Logging in failed unexpectedly ({kind}). Please report it.</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen ({kind}). Bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="60"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="61"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="62"/>
        <source>Least cloudy first</source>
        <translation>Geringste Wolkenbedeckung zuerst</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="69"/>
        <location filename="../ui/web_services_panel.py" line="101"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="69"/>
        <source>Cloud</source>
        <translation>Wolken</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="177"/>
        <source>Cloud cover</source>
        <translation>Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="202"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="207"/>
        <source>Properties ({n})</source>
        <translation>Eigenschaften ({n})</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="208"/>
        <source>Assets ({n})</source>
        <translation>Assets ({n})</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="263"/>
        <location filename="../ui/results_panel.py" line="443"/>
        <source>No search yet.</source>
        <translation>Noch keine Suche.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="312"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="317"/>
        <source>Add the selected products to the map, streamed and styled (double-click a row does the same)</source>
        <translation>Gewählte Produkte gestreamt und gestylt zur Karte hinzufügen (Doppelklick auf eine Zeile bewirkt dasselbe)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="321"/>
        <location filename="../ui/results_panel.py" line="658"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="322"/>
        <source>Download files of the selected products</source>
        <translation>Dateien der gewählten Produkte herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="364"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="448"/>
        <source>{shown} products</source>
        <translation>{shown} Produkte</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="450"/>
        <source>No product matches.</source>
        <translation>Keine passenden Produkte.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="452"/>
        <source>{shown} of {matched} products</source>
        <translation>{shown} von {matched} Produkten</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="454"/>
        <source>(loading…)</source>
        <translation>(wird geladen…)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="621"/>
        <source>Select one or more products to add to the map.</source>
        <translation>Wählen Sie ein oder mehrere Produkte aus, die zur Karte hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="660"/>
        <source>Zoom to product</source>
        <translation>Auf Produkt zoomen</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="661"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="662"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="694"/>
        <source>Terrascope · {collections} · {when}</source>
        <translation>Terrascope · {collections} · {when}</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="50"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="51"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="52"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="53"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="54"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="55"/>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="119"/>
        <source>Filter collections…</source>
        <translation>Kollektionen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="132"/>
        <location filename="../ui/search_panel.py" line="239"/>
        <location filename="../ui/timeseries_dock.py" line="225"/>
        <source>Loading the collections…</source>
        <translation>Kollektionen werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="134"/>
        <source>Collections</source>
        <translation>Kollektionen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="146"/>
        <source>Map canvas extent</source>
        <translation>Ausdehnung des Kartenfensters</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="147"/>
        <source>Draw a rectangle</source>
        <translation>Rechteck zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="148"/>
        <source>Draw a polygon</source>
        <translation>Polygon zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="149"/>
        <source>Layer extent</source>
        <translation>Layerausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="150"/>
        <source>Selected features</source>
        <translation>Gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="151"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="155"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="160"/>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="171"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="138"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="171"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="139"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="172"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="186"/>
        <source>Largest cloud cover of a product; 100 % keeps every product.</source>
        <translation>Höchste zulässige Wolkenbedeckung eines Produkts; bei 100 % werden alle Produkte behalten.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="187"/>
        <source>Max. cloud</source>
        <translation>Max. Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="191"/>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="198"/>
        <location filename="../ui/search_panel.py" line="340"/>
        <source>Choose one collection to filter on its properties.</source>
        <translation>Wählen Sie eine einzelne Kollektion, um nach ihren Eigenschaften zu filtern.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="212"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="214"/>
        <location filename="../ui/timeseries_dock.py" line="157"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="241"/>
        <location filename="../ui/timeseries_dock.py" line="226"/>
        <source>Loading the Terrascope collections</source>
        <translation>Terrascope-Kollektionen werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="284"/>
        <source>The catalogue has no collections.</source>
        <translation>Der Katalog enthält keine Kollektionen.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="324"/>
        <source>The chosen collections have no cloud cover (not optical).</source>
        <translation>Die gewählten Kollektionen haben keine Wolkenbedeckung (nicht optisch).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="343"/>
        <source>Loading the filters of this collection…</source>
        <translation>Filter dieser Kollektion werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="346"/>
        <source>Loading the filters of {collection}</source>
        <translation>Filter von {collection} werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="364"/>
        <location filename="../ui/search_panel.py" line="380"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="373"/>
        <source>This collection has no other filters.</source>
        <translation>Diese Kollektion hat keine weiteren Filter.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="452"/>
        <source>Draw the search area on the map first (the Draw button).</source>
        <translation>Zeichnen Sie zuerst das Suchgebiet auf der Karte (Schaltfläche „Zeichnen“).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="465"/>
        <source>The whole catalogue, no area limit.</source>
        <translation>Der gesamte Katalog, ohne räumliche Einschränkung.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="467"/>
        <source>Area: {km2} km²</source>
        <translation>Fläche: {km2} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="151"/>
        <source>Choose a place and run a series: its values appear here.</source>
        <translation>Wählen Sie einen Ort und starten Sie eine Zeitreihe: Ihre Werte erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="380"/>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="382"/>
        <source>p10–p90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="384"/>
        <source>gap (cloudy, no data)</source>
        <translation>Lücke (bewölkt, keine Daten)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="386"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="388"/>
        <source>incomplete series</source>
        <translation>unvollständige Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="457"/>
        <source>failed: {error}</source>
        <translation>fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="458"/>
        <source>gap ({status})</source>
        <translation>Lücke ({status})</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="464"/>
        <source>min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}</source>
        <translation>Min. {min:.4g}, Max. {max:.4g}, P10 {p10:.4g}, P90 {p90:.4g}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="467"/>
        <source>{valid} of {total} pixels valid</source>
        <translation>{valid} von {total} Pixeln gültig</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="470"/>
        <source>Click to load this scene.</source>
        <translation>Klicken Sie, um diese Szene zu laden.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="104"/>
        <source>The collection whose products make the series</source>
        <translation>Die Kollektion, deren Produkte die Zeitreihe bilden</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="105"/>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="109"/>
        <source>An index computed from the bands (NDVI…), the product&apos;s own value (NDVI, FAPAR…) or a band</source>
        <translation>Ein aus den Bändern berechneter Index (NDVI…), der eigene Wert des Produkts (NDVI, FAPAR…) oder ein Band</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="111"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="123"/>
        <source>From / to</source>
        <translation>Von / bis</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="129"/>
        <source>Skip products cloudier than this as a whole; clouds at the place are masked pixel by pixel</source>
        <translation>Produkte mit insgesamt höherer Wolkenbedeckung überspringen; Wolken am Ort werden pixelweise maskiert</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="131"/>
        <source>Max cloud cover</source>
        <translation>Max. Wolkenbedeckung</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="134"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="136"/>
        <source>Click a point on the map</source>
        <translation>Klicken Sie auf einen Punkt in der Karte</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Draw a polygon on the map: click its corners, right-click to finish</source>
        <translation>Polygon auf der Karte zeichnen: Eckpunkte anklicken, Rechtsklick zum Beenden</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="144"/>
        <source>Selected feature</source>
        <translation>Gewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="145"/>
        <source>Use the selected feature of the current layer</source>
        <translation>Gewähltes Objekt des aktuellen Layers verwenden</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="149"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="150"/>
        <source>No place yet.</source>
        <translation>Noch kein Ort.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="156"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="178"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="179"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="317"/>
        <source>Select a point or polygon feature in a vector layer, and make that layer current.</source>
        <translation>Wählen Sie ein Punkt- oder Polygonobjekt in einem Vektorlayer aus und machen Sie diesen Layer zum aktuellen Layer.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="322"/>
        <source>No feature of the layer &quot;{name}&quot; is selected.</source>
        <translation>Im Layer „{name}“ ist kein Objekt gewählt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="342"/>
        <source>Point at {lon:.5f}°, {lat:.5f}°</source>
        <translation>Punkt bei {lon:.5f}°, {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="344"/>
        <source>Polygon of {area:,.2f} km²</source>
        <translation>Polygon mit {area:,.2f} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="346"/>
        <source>Several points or a line: a series needs one point or a polygon.</source>
        <translation>Mehrere Punkte oder eine Linie: Eine Zeitreihe benötigt einen Punkt oder ein Polygon.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="392"/>
        <source>Choose a collection (they load when the panel opens).</source>
        <translation>Wählen Sie eine Kollektion (sie werden beim Öffnen des Bedienfelds geladen).</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="395"/>
        <source>Choose a place: click a point, draw a polygon or use a selected feature.</source>
        <translation>Wählen Sie einen Ort: Klicken Sie auf einen Punkt, zeichnen Sie ein Polygon oder verwenden Sie ein gewähltes Objekt.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="419"/>
        <source>Searching and reading the products…</source>
        <translation>Produkte werden gesucht und gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="471"/>
        <location filename="../ui/timeseries_dock.py" line="491"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="190"/>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="481"/>
        <source>The series stopped: {message} The {n} dates read before are kept in the chart.</source>
        <translation>Die Zeitreihe wurde gestoppt: {message} Die {n} zuvor gelesenen Zeitpunkte bleiben im Diagramm.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="503"/>
        <location filename="../ui/timeseries_dock.py" line="508"/>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="510"/>
        <source>{path} could not be written.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>Export the time series</source>
        <translation>Zeitreihe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>Export the chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="548"/>
        <source>The product {id} has no raster file to show.</source>
        <translation>Das Produkt {id} hat keine Rasterdatei, die angezeigt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="557"/>
        <source>Opening {name}</source>
        <translation>{name} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="594"/>
        <source>{name} could not be opened: log in to Terrascope and try again.</source>
        <translation>{name} konnte nicht geöffnet werden: Melden Sie sich bei Terrascope an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="55"/>
        <source>WMTS (tiles)</source>
        <translation>WMTS (Kacheln)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="56"/>
        <source>WMS (maps)</source>
        <translation>WMS (Karten)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="57"/>
        <source>Terrascope&apos;s tiled WMTS, or its WMS (any map size and CRS)</source>
        <translation>Gekachelter WMTS von Terrascope oder sein WMS (beliebige Kartengröße und beliebiges KBS)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="60"/>
        <source>Ask the service for its layers again</source>
        <translation>Layer erneut beim Dienst abfragen</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="62"/>
        <source>Filter layers by title or name</source>
        <translation>Layer nach Titel oder Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="73"/>
        <source>The dates that have data for this layer</source>
        <translation>Die Tage, für die dieser Layer Daten hat</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="77"/>
        <source>Pick any day: the nearest date with data is chosen</source>
        <translation>Beliebigen Tag wählen: Das nächstgelegene Datum mit Daten wird verwendet</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="78"/>
        <source>Follow the Temporal Controller</source>
        <translation>Der Zeitsteuerung folgen</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="81"/>
        <source>The layer shows the date with data that fits the Temporal Controller&apos;s frame; the date above is shown while the controller is off.</source>
        <translation>Der Layer zeigt das Datum mit Daten, das zum Zeitfenster der Zeitsteuerung passt; solange die Zeitsteuerung ausgeschaltet ist, wird das obige Datum angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="99"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="155"/>
        <source>Loading the layers of the Terrascope {service}</source>
        <translation>Layer vom Terrascope-{service} werden geladen</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="192"/>
        <source>Loading the layers…</source>
        <translation>Layer werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="194"/>
        <source>Use the reload button to try again.</source>
        <translation>Klicken Sie auf die Schaltfläche zum Neuladen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="196"/>
        <source>The service offers no layer.</source>
        <translation>Der Dienst bietet keinen Layer an.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="215"/>
        <source>{count} dates with data, {first} to {last}</source>
        <translation>{count} Tage mit Daten, {first} bis {last}</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="297"/>
        <source>Choose a layer first.</source>
        <translation>Wählen Sie zuerst einen Layer.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="312"/>
        <source>Added &quot;{name}&quot; to the map.</source>
        <translation>„{name}“ wurde zur Karte hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="11"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="12"/>
        <source>Raster analysis</source>
        <translation>Rasteranalyse</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="58"/>
        <source>Clip raster</source>
        <translation>Raster zuschneiden</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="61"/>
        <source>&lt;p&gt;Clips a raster (every band) by polygons of a layer, by an extent, or by both.&lt;/p&gt;&lt;p&gt;The output keeps the raster&apos;s pixels and pixel size: it is cropped to the pixels lying wholly inside the bounding box of the polygons, and pixels whose centre is outside them (or, with &lt;i&gt;all touched&lt;/i&gt;, pixels the polygons do not touch) get the no-data value. Polygons and extents in another CRS are reprojected to the raster&apos;s: the raster is never resampled. Only the needed part of the raster is read, tile row by tile row.&lt;/p&gt;&lt;p&gt;No-data value outside: the one given, else the raster&apos;s own, else 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schneidet ein Raster (alle Bänder) anhand der Polygone eines Layers, anhand einer Ausdehnung oder anhand beider zu.&lt;/p&gt;&lt;p&gt;Die Ausgabe behält die Pixel und die Pixelgröße des Rasters bei: Sie wird auf die Pixel beschnitten, die vollständig innerhalb des umgebenden Rechtecks der Polygone liegen, und Pixel, deren Mittelpunkt außerhalb der Polygone liegt (oder, mit &lt;i&gt;all touched&lt;/i&gt;, Pixel, die die Polygone nicht berühren), erhalten den NoData-Wert. Polygone und Ausdehnungen in einem anderen KBS werden in das KBS des Rasters reprojiziert: Das Raster selbst wird nie neu abgetastet. Nur der benötigte Teil des Rasters wird gelesen, Kachelzeile für Kachelzeile.&lt;/p&gt;&lt;p&gt;NoData-Wert außerhalb: der angegebene, sonst der des Rasters, sonst 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="73"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="76"/>
        <source>Mask polygons</source>
        <translation>Maskenpolygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="79"/>
        <source>Extent</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="82"/>
        <source>No-data value outside</source>
        <translation>NoData-Wert außerhalb</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="88"/>
        <source>Keep every pixel the polygons touch</source>
        <translation>Alle von den Polygonen berührten Pixel behalten</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="95"/>
        <location filename="../processing_provider/index_algorithm.py" line="180"/>
        <source>Cloud-Optimized GeoTIFF (with overviews)</source>
        <translation>Cloud-Optimized GeoTIFF (mit Übersichten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="98"/>
        <source>Clipped</source>
        <translation>Zugeschnitten</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="105"/>
        <source>Choose the raster to clip.</source>
        <translation>Wählen Sie das zuzuschneidende Raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="112"/>
        <source>Give a mask polygon layer or an extent to clip by.</source>
        <translation>Geben Sie einen Maskenpolygon-Layer oder eine Ausdehnung zum Zuschneiden an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="122"/>
        <source>The mask layer has no feature: there is nothing to clip by.</source>
        <translation>Der Maskenlayer enthält keine Objekte: Es gibt nichts, woran zugeschnitten werden kann.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="129"/>
        <source>The extent is empty.</source>
        <translation>Die Ausdehnung ist leer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="138"/>
        <source>The mask polygons and the extent do not overlap.</source>
        <translation>Die Maskenpolygone und die Ausdehnung überlappen sich nicht.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="83"/>
        <source>Download products</source>
        <translation>Produkte herunterladen</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="86"/>
        <source>&lt;p&gt;Downloads files of the products listed in a footprint layer (the output of &lt;i&gt;Search the catalogue&lt;/i&gt;: its &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; and &lt;i&gt;stac_url&lt;/i&gt; fields; tick &lt;i&gt;Selected features only&lt;/i&gt; to take the selection).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: asset keys separated by commas, such as &lt;i&gt;B04,B08&lt;/i&gt;; empty: every data file. Files go to &lt;i&gt;folder/collection/product id/file&lt;/i&gt;. Each file is written as &lt;i&gt;.part&lt;/i&gt; and renamed when it is complete and matches the checksum or size the catalogue gives; an interrupted download resumes where it stopped, and files already there are not fetched again unless &lt;i&gt;Overwrite&lt;/i&gt; is ticked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clip&lt;/b&gt;: with an extent or mask polygons, GeoTIFF files are clipped while downloading: only the part covering the area is transferred, written as &lt;i&gt;file_clip.tif&lt;/i&gt; with no-data outside the polygons; products outside the area are left out.&lt;/p&gt;&lt;p&gt;Most Terrascope data needs a login: log in in the Terrascope panel first (QGIS keeps it).&lt;/p&gt;&lt;p&gt;Outputs: a table of the files (product, asset, status, path, bytes, message) and the list of raster files, for the next algorithm of a model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lädt die Dateien der Produkte herunter, die in einem Footprint-Layer aufgeführt sind (der Ausgabe von &lt;i&gt;Katalog durchsuchen&lt;/i&gt;: deren Felder &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; und &lt;i&gt;stac_url&lt;/i&gt;; aktivieren Sie &lt;i&gt;Nur gewählte Objekte&lt;/i&gt;, um die Auswahl zu verwenden).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: Asset-Schlüssel, durch Kommas getrennt, z. B. &lt;i&gt;B04,B08&lt;/i&gt;; leer: alle Datendateien. Die Dateien werden unter &lt;i&gt;Ordner/Kollektion/Produkt-ID/Datei&lt;/i&gt; gespeichert. Jede Datei wird zunächst als &lt;i&gt;.part&lt;/i&gt; geschrieben und umbenannt, sobald sie vollständig ist und mit der im Katalog angegebenen Prüfsumme oder Größe übereinstimmt; ein unterbrochener Download wird an der Abbruchstelle fortgesetzt, und bereits vorhandene Dateien werden nicht erneut abgerufen, es sei denn, &lt;i&gt;Überschreiben&lt;/i&gt; ist aktiviert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zuschneiden&lt;/b&gt;: Mit einer Ausdehnung oder Maskenpolygonen werden GeoTIFF-Dateien bereits beim Herunterladen zugeschnitten: Nur der Teil, der das Gebiet abdeckt, wird übertragen und als &lt;i&gt;Datei_clip.tif&lt;/i&gt; geschrieben, mit NoData außerhalb der Polygone; Produkte außerhalb des Gebiets werden ausgelassen.&lt;/p&gt;&lt;p&gt;Für die meisten Terrascope-Daten ist eine Anmeldung erforderlich: Melden Sie sich zuerst im Terrascope-Bedienfeld an (QGIS behält die Anmeldung).&lt;/p&gt;&lt;p&gt;Ausgaben: eine Tabelle der Dateien (Produkt, Asset, Status, Pfad, Bytes, Meldung) und die Liste der Rasterdateien für den nächsten Algorithmus eines Modells.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="105"/>
        <source>Products (footprints)</source>
        <translation>Produkte (Footprints)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="109"/>
        <source>Assets (keys separated by commas; empty: every data file)</source>
        <translation>Assets (Schlüssel durch Kommas getrennt; leer: alle Datendateien)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="112"/>
        <source>Clip to extent</source>
        <translation>Auf Ausdehnung zuschneiden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="115"/>
        <source>Clip to polygons</source>
        <translation>Auf Polygone zuschneiden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="121"/>
        <source>Overwrite files already downloaded</source>
        <translation>Bereits heruntergeladene Dateien überschreiben</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="133"/>
        <source>Downloaded files</source>
        <translation>Heruntergeladene Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="139"/>
        <source>Raster files</source>
        <translation>Rasterdateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="140"/>
        <source>Files in place</source>
        <translation>Vorhandene Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="141"/>
        <source>Files that failed</source>
        <translation>Fehlgeschlagene Dateien</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="152"/>
        <source>The input layer needs the fields &quot;id&quot; and &quot;collection&quot;: use the footprints written by &quot;Search the catalogue&quot;.</source>
        <translation>Der Eingabelayer benötigt die Felder „id“ und „collection“: Verwenden Sie die von „Katalog durchsuchen“ geschriebenen Footprints.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="171"/>
        <source>Downloading {n} files ({size:.1f} MB known) to {folder}…</source>
        <translation>{n} Dateien ({size:.1f} MB bekannt) werden nach {folder} heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="211"/>
        <source>{n} of {total} files in place.</source>
        <translation>{n} von {total} Dateien vorhanden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="227"/>
        <source>The clip polygon layer has no features (or none is selected).</source>
        <translation>Der Zuschneide-Polygonlayer hat keine Objekte (oder keines ist gewählt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="233"/>
        <source>The clip extent is empty.</source>
        <translation>Die Zuschneideausdehnung ist leer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="255"/>
        <source>The input layer has no products (or none is selected).</source>
        <translation>Der Eingabelayer enthält keine Produkte (oder keines ist gewählt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="64"/>
        <source>Spectral index</source>
        <translation>Spektralindex</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="67"/>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask. Give the bands of one product: two rasters of the same band are an error.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s, unless a scale is given. The output is in the CRS most bands are in (the first band&apos;s on a tie), on the pixels of the finest input in that CRS (or in the chosen CRS and pixel size), over the area all inputs cover; the other inputs are resampled and reprojected on the fly. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berechnet einen Spektralindex aus Bandrastern (heruntergeladene Terrascope-Dateien oder geladene Produktlayer) oder aus einem Multiband-Raster und schreibt ihn als float32-GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bandraster&lt;/b&gt;: eine Datei pro Band; jede wird an ihrem Namen (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) oder an ihrer Bandbeschreibung erkannt. Die Sensorvoreinstellung legt fest, welches Band welches ist. Ein Sentinel-2-&lt;i&gt;SCL&lt;/i&gt;-Raster darunter wird als Wolkenmaske verwendet. Geben Sie die Bänder eines einzigen Produkts an: Zwei Raster desselben Bandes sind ein Fehler.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband-Raster&lt;/b&gt;: Seine Bänder werden über die Bandzuordnung (z. B. &lt;i&gt;red=3, nir=4&lt;/i&gt;) gefunden, sonst über ihre Beschreibungen, sonst über die Bandreihenfolge des Sensors, wenn die Anzahl der Bänder übereinstimmt.&lt;/p&gt;&lt;p&gt;Digitalwerte werden mit Skalierung und Offset des Rasters in Reflektanz umgerechnet, sonst mit denen des Sensors, sofern keine Skalierung angegeben ist. Die Ausgabe liegt im KBS der meisten Bänder (bei Gleichstand in dem des ersten Bandes), auf den Pixeln der feinsten Eingabe in diesem KBS (oder im gewählten KBS mit der gewählten Pixelgröße), für den Bereich, den alle Eingaben abdecken; die übrigen Eingaben werden im laufenden Betrieb neu abgetastet und umprojiziert. Pixel, an denen eine Eingabe keine Daten hat, an denen die Szenenklassifikation einer der maskierten Klassen entspricht (Standard: keine Daten, defekt, Wolkenschatten, Wolken, Zirrus) oder an denen ein Nenner null ist, erhalten den NoData-Wert der Ausgabe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="86"/>
        <source>&lt;p&gt;&lt;b&gt;Sensors&lt;/b&gt;:&lt;/p&gt;{}</source>
        <translation>&lt;p&gt;&lt;b&gt;Sensoren&lt;/b&gt;:&lt;/p&gt;{}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="87"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="155"/>
        <source>&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt;:&lt;/p&gt;{}</source>
        <translation>&lt;p&gt;&lt;b&gt;Indizes&lt;/b&gt;:&lt;/p&gt;{}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="94"/>
        <location filename="../processing_provider/index_algorithm.py" line="183"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="96"/>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="100"/>
        <source>Band rasters (one per band)</source>
        <translation>Bandraster (eines pro Band)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="104"/>
        <source>Multiband raster</source>
        <translation>Multiband-Raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="109"/>
        <source>Band mapping of the multiband raster (such as red=3, nir=4)</source>
        <translation>Bandzuordnung des Multiband-Rasters (z. B. red=3, nir=4)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="115"/>
        <source>Scene classification for the cloud mask (Sentinel-2 SCL)</source>
        <translation>Szenenklassifikation für die Wolkenmaske (Sentinel-2 SCL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="122"/>
        <source>Masked scene classes</source>
        <translation>Maskierte Szenenklassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="132"/>
        <source>Reflectance scale (0: the raster&apos;s own, else the sensor&apos;s)</source>
        <translation>Reflektanz-Skalierung (0: die des Rasters, sonst die des Sensors)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="143"/>
        <source>Reflectance offset (with a scale other than 0)</source>
        <translation>Reflektanz-Offset (bei einer Skalierung ungleich 0)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="150"/>
        <source>Resampling of coarser bands</source>
        <translation>Resampling gröberer Bänder</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="155"/>
        <source>Output CRS (default: the one most bands are in)</source>
        <translation>Ausgabe-KBS (Standard: das KBS der meisten Bänder)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="163"/>
        <source>Output pixel size (0: the finest input&apos;s in the output CRS)</source>
        <translation>Ausgabe-Pixelgröße (0: die der feinsten Eingabe im Ausgabe-KBS)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="173"/>
        <source>Output no-data value</source>
        <translation>NoData-Wert der Ausgabe</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="195"/>
        <source>Give the band rasters, or a multiband raster: {} needs the bands {}.</source>
        <translation>Geben Sie die Bandraster oder ein Multiband-Raster an: {} benötigt die Bänder {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="206"/>
        <source>The band mapping or the masked classes cannot be read: {}.</source>
        <translation>Die Bandzuordnung oder die maskierten Klassen können nicht gelesen werden: {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="228"/>
        <source>{}: band {} of {}</source>
        <translation>{}: Band {} von {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="232"/>
        <source>The bands {bands} hold integers (up to {largest:g}) read as reflectance with scale 1: {index} expects reflectance from 0 to 1, and its values will be wrong. Choose the sensor, or give the reflectance scale (such as 0.0001 for Sentinel-2 digital numbers).</source>
        <translation>Die Bänder {bands} enthalten Ganzzahlen (bis {largest:g}), die mit Skalierung 1 als Reflektanz gelesen werden: {index} erwartet Reflektanz von 0 bis 1, seine Werte werden also falsch sein. Wählen Sie den Sensor oder geben Sie die Reflektanzskalierung an (z. B. 0.0001 für Sentinel-2-Digitalwerte).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="245"/>
        <source>Cloud mask: classes {} of {}</source>
        <translation>Wolkenmaske: Klassen {} von {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="59"/>
        <source>The layer &quot;{}&quot; is not a file raster (provider {}); save it as a GeoTIFF first.</source>
        <translation>Der Layer „{}“ ist kein dateibasiertes Raster (Provider {}); speichern Sie ihn zuerst als GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="69"/>
        <source>The output must be a GeoTIFF file (.tif), not {}.</source>
        <translation>Die Ausgabe muss eine GeoTIFF-Datei (.tif) sein, nicht {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="85"/>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;Compression&lt;/b&gt;: &lt;i&gt;ZSTD&lt;/i&gt; is fast, read by QGIS and GDAL 2.3 or later; &lt;i&gt;DEFLATE&lt;/i&gt; is read by every GIS, and slower; &lt;i&gt;NONE&lt;/i&gt; is the fastest and gives the largest files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Komprimierung&lt;/b&gt;: &lt;i&gt;ZSTD&lt;/i&gt; ist schnell, lesbar mit QGIS und GDAL 2.3 oder neuer; &lt;i&gt;DEFLATE&lt;/i&gt; ist von jedem GIS lesbar und langsamer; &lt;i&gt;NONE&lt;/i&gt; ist am schnellsten und erzeugt die größten Dateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="174"/>
        <source>Feature {id} of &quot;{layer}&quot; has an invalid geometry. Repair it (Fix geometries), or set Processing to skip or keep invalid input features.</source>
        <translation>Objekt {id} von „{layer}“ hat eine ungültige Geometrie. Reparieren Sie es (Geometrien reparieren) oder stellen Sie die Verarbeitung so ein, dass ungültige Eingabeobjekte übersprungen oder beibehalten werden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="20"/>
        <source>Terrascope (VITO Earth observation)</source>
        <translation>Terrascope (VITO-Erdbeobachtung)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="68"/>
        <source>The filter &quot;{part}&quot; is not of the form property=value.</source>
        <translation>Der Filter „{part}“ hat nicht die Form Eigenschaft=Wert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="106"/>
        <source>Search the catalogue</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="109"/>
        <source>&lt;p&gt;Searches the Terrascope STAC catalogue and writes the footprints of the products found as polygons (WGS 84), with their id, collection, date and time, tile, cloud cover, platform, title and the addresses of their thumbnail and STAC record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: one or more ids separated by commas, such as &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Area&lt;/b&gt;: an extent, or the features of a layer (tick &lt;i&gt;Selected features only&lt;/i&gt; to use the selection); any CRS. &lt;b&gt;Dates&lt;/b&gt; include both days. &lt;b&gt;Maximum cloud cover&lt;/b&gt; applies to optical collections. &lt;b&gt;Filters&lt;/b&gt;: &lt;i&gt;property=value&lt;/i&gt; pairs separated by semicolons, such as &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (also &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, or any STAC property name).&lt;/p&gt;&lt;p&gt;Every matching product is written (several tiles of the same day included), up to the maximum number of products (0: no limit).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Durchsucht den Terrascope-STAC-Katalog und schreibt die Footprints der gefundenen Produkte als Polygone (WGS 84), mit ihrer ID, Kollektion, Datum und Uhrzeit, Kachel, Wolkenbedeckung, Plattform, Titel und den Adressen ihres Vorschaubilds und ihres STAC-Eintrags.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kollektionen&lt;/b&gt;: eine oder mehrere IDs, durch Kommas getrennt, z. B. &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Gebiet&lt;/b&gt;: eine Ausdehnung oder die Objekte eines Layers (aktivieren Sie &lt;i&gt;Nur gewählte Objekte&lt;/i&gt;, um die Auswahl zu verwenden); beliebiges KBS. &lt;b&gt;Von/Bis&lt;/b&gt;: Beide Tage sind eingeschlossen. &lt;b&gt;Maximale Wolkenbedeckung&lt;/b&gt; gilt für optische Kollektionen. &lt;b&gt;Filter&lt;/b&gt;: Paare &lt;i&gt;Eigenschaft=Wert&lt;/i&gt;, durch Semikolons getrennt, z. B. &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (auch &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt; oder ein beliebiger STAC-Eigenschaftsname).&lt;/p&gt;&lt;p&gt;Jedes passende Produkt wird geschrieben (auch mehrere Kacheln desselben Tages), bis zur maximalen Anzahl von Produkten (0: keine Begrenzung).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="128"/>
        <source>Collections (ids, separated by commas)</source>
        <translation>Kollektionen (IDs, durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="132"/>
        <source>Area (extent)</source>
        <translation>Gebiet (Ausdehnung)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="135"/>
        <source>Area (features of a layer)</source>
        <translation>Gebiet (Objekte eines Layers)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="143"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale Wolkenbedeckung (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="151"/>
        <source>Filters (property=value; …)</source>
        <translation>Filter (Eigenschaft=Wert; …)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="156"/>
        <source>Maximum number of products (0: all)</source>
        <translation>Maximale Anzahl von Produkten (0: alle)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="162"/>
        <source>Footprints</source>
        <translation>Footprints</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="191"/>
        <source>Searching {collections}…</source>
        <translation>{collections} wird durchsucht…</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="212"/>
        <source>{count} of {matched} matching products written.</source>
        <translation>{count} von {matched} passenden Produkten geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="222"/>
        <source>The area layer has no features (or none is selected).</source>
        <translation>Der Gebietslayer hat keine Objekte (oder keines ist gewählt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="107"/>
        <source>Not read: the run stopped on an earlier feature. {message}</source>
        <translation>Nicht gelesen: Der Lauf wurde bei einem früheren Objekt gestoppt. {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="131"/>
        <source>Time series of an indicator</source>
        <translation>Zeitreihe eines Indikators</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="134"/>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands (see the list below), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;A feature whose whole series failed (outside every product, no product in the period, every product unreadable) gets one row without a date: the status &lt;i&gt;nodata&lt;/i&gt; or &lt;i&gt;failed&lt;/i&gt;, and the reason in &lt;i&gt;error&lt;/i&gt;. A run that did not go to its end has a row with the status &lt;i&gt;cancelled&lt;/i&gt; or &lt;i&gt;incomplete&lt;/i&gt; after the rows read for a feature, and one for each feature it did not reach: such a table is not a whole series.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verfolgt für jeden Punkt und jedes Polygon des Eingabelayers einen Indikator über die Produkte einer Kollektion: eine Zeile pro Produkt und Objekt, mit Datum, Wert, Anzahl gültiger Pixel und Produkt-ID. Aus den Dateien jedes Produkts werden nur die benötigten Pixel gelesen (kein Download, kein Layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikator&lt;/b&gt;: ein aus den Bändern berechneter Index (siehe die Liste unten), der eigene Wert des Produkts (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; dieser Kollektionen) oder ein Band (&lt;i&gt;B04&lt;/i&gt; oder sein gängiger Name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;An einem Punkt ist der Wert der des Pixels; über einem Polygon ist er der Mittelwert der Pixel, deren Mittelpunkt innerhalb liegt, mit Minimum, Maximum, 10. und 90. Perzentil sowie Standardabweichung. Mit &lt;b&gt;Wolken maskieren&lt;/b&gt; werden Pixel ausgelassen, die die Szenenklassifikation (SCL) als keine Daten, defekt, Wolkenschatten, Wolken oder Zirrus kennzeichnet; Schnee wird beibehalten. Ein Datum ohne gültiges Pixel ist eine Lücke: ein leerer Wert mit dem Status &lt;i&gt;cloudy&lt;/i&gt; oder &lt;i&gt;nodata&lt;/i&gt;, niemals 0. Ein Produkt, das nicht gelesen werden kann, erhält den Status &lt;i&gt;failed&lt;/i&gt; und den Grund in &lt;i&gt;error&lt;/i&gt;; die übrigen werden trotzdem geschrieben.&lt;/p&gt;&lt;p&gt;Ein Objekt, dessen ganze Zeitreihe fehlgeschlagen ist (außerhalb aller Produkte, kein Produkt im Zeitraum, kein Produkt lesbar), erhält eine Zeile ohne Datum: den Status &lt;i&gt;nodata&lt;/i&gt; oder &lt;i&gt;failed&lt;/i&gt; und den Grund in &lt;i&gt;error&lt;/i&gt;. Ein Lauf, der nicht bis zum Ende kam, hat nach den für ein Objekt gelesenen Zeilen eine Zeile mit dem Status &lt;i&gt;cancelled&lt;/i&gt; oder &lt;i&gt;incomplete&lt;/i&gt; und eine für jedes Objekt, das er nicht mehr erreicht hat: Eine solche Tabelle ist keine vollständige Zeitreihe.&lt;/p&gt;&lt;p&gt;Erfordert eine Terrascope-Anmeldung (Terrascope-Bedienfeld oder &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="160"/>
        <source>Collection (id)</source>
        <translation>Kollektion (ID)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="165"/>
        <source>Indicator (index, product or band)</source>
        <translation>Indikator (Index, Produkt oder Band)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="169"/>
        <source>Points or polygons</source>
        <translation>Punkte oder Polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="176"/>
        <source>Maximum cloud cover of a product (%)</source>
        <translation>Maximale Wolkenbedeckung eines Produkts (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="186"/>
        <source>Mask clouds with the scene classification</source>
        <translation>Wolken mit der Szenenklassifikation maskieren</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="191"/>
        <source>Rows written</source>
        <translation>Geschriebene Zeilen</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="192"/>
        <source>Rows of products or features that failed</source>
        <translation>Zeilen fehlgeschlagener Produkte oder Objekte</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="193"/>
        <source>Features whose series is incomplete</source>
        <translation>Objekte mit unvollständiger Zeitreihe</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="211"/>
        <source>The input layer has no features with a geometry (or none selected).</source>
        <translation>Der Eingabelayer hat keine Objekte mit Geometrie (oder keines ist gewählt).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="231"/>
        <source>Not read: the run was cancelled before this feature.</source>
        <translation>Nicht gelesen: Der Lauf wurde vor diesem Objekt abgebrochen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="252"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="262"/>
        <source>Feature {id}: {message}</source>
        <translation>Objekt {id}: {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="270"/>
        <source>Feature {id}: {summary}</source>
        <translation>Objekt {id}: {summary}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s (Sentinel-2 0.0001, PROBA-V 0.0005), unless a scale is given. Inputs of different pixel sizes or CRSs are resampled on the fly to the finest input&apos;s grid (or the chosen CRS and pixel size), over the area all inputs cover. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;&lt;p&gt;Indices:&lt;/p&gt;{}</source>
        <translation type="vanished">&lt;p&gt;Berechnet einen Spektralindex aus Bandrastern (heruntergeladene Terrascope-Dateien oder geladene Produktlayer) oder aus einem Multiband-Raster und schreibt ihn als float32-GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bandraster&lt;/b&gt;: eine Datei pro Band; jede wird an ihrem Namen (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) oder an ihrer Bandbeschreibung erkannt. Die Sensorvoreinstellung legt fest, welches Band welches ist. Ein Sentinel-2-&lt;i&gt;SCL&lt;/i&gt;-Raster darunter wird als Wolkenmaske verwendet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband-Raster&lt;/b&gt;: Seine Bänder werden über die Bandzuordnung (z. B. &lt;i&gt;red=3, nir=4&lt;/i&gt;) gefunden, sonst über ihre Beschreibungen, sonst über die Bandreihenfolge des Sensors, wenn die Anzahl der Bänder übereinstimmt.&lt;/p&gt;&lt;p&gt;Digitalwerte werden mit Skalierung und Offset des Rasters in Reflektanz umgerechnet, sonst mit denen des Sensors (Sentinel-2 0.0001, PROBA-V 0.0005), sofern keine Skalierung angegeben ist. Eingaben mit unterschiedlichen Pixelgrößen oder KBS werden im laufenden Betrieb auf das Pixelgitter der feinsten Eingabe (oder auf das gewählte KBS und die gewählte Pixelgröße) umgerechnet, und zwar für den Bereich, den alle Eingaben abdecken. Pixel, an denen eine Eingabe keine Daten hat, an denen die Szenenklassifikation einer der maskierten Klassen entspricht (Standard: keine Daten, defekt, Wolkenschatten, Wolken, Zirrus) oder an denen ein Nenner null ist, erhalten den NoData-Wert der Ausgabe.&lt;/p&gt;&lt;p&gt;Indizes:&lt;/p&gt;{}</translation>
    </message>
    <message>
        <source>Output CRS (default: the finest input&apos;s)</source>
        <translation type="vanished">Ausgabe-KBS (Standard: das der feinsten Eingabe)</translation>
    </message>
    <message>
        <source>Output pixel size (0: the finest input&apos;s)</source>
        <translation type="vanished">Ausgabe-Pixelgröße (0: die der feinsten Eingabe)</translation>
    </message>
    <message>
        <source>ZSTD (fast; read by QGIS and GDAL 2.3 or later)</source>
        <translation type="vanished">ZSTD (schnell; lesbar mit QGIS und GDAL 2.3 oder neuer)</translation>
    </message>
    <message>
        <source>DEFLATE (read by every GIS; slower)</source>
        <translation type="vanished">DEFLATE (von jedem GIS lesbar; langsamer)</translation>
    </message>
    <message>
        <source>None (fastest, largest files)</source>
        <translation type="vanished">Keine (am schnellsten, größte Dateien)</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands ({indices}), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Verfolgt für jeden Punkt und jedes Polygon des Eingabelayers einen Indikator über die Produkte einer Kollektion: eine Zeile pro Produkt und Objekt, mit Datum, Wert, Anzahl gültiger Pixel und Produkt-ID. Aus den Dateien jedes Produkts werden nur die benötigten Pixel gelesen (kein Download, kein Layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikator&lt;/b&gt;: ein aus den Bändern berechneter Index ({indices}), der eigene Wert des Produkts (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; dieser Kollektionen) oder ein Band (&lt;i&gt;B04&lt;/i&gt; oder sein gängiger Name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;An einem Punkt ist der Wert der des Pixels; über einem Polygon ist er der Mittelwert der Pixel, deren Mittelpunkt innerhalb liegt, mit Minimum, Maximum, 10. und 90. Perzentil sowie Standardabweichung. Mit &lt;b&gt;Wolken maskieren&lt;/b&gt; werden Pixel ausgelassen, die die Szenenklassifikation (SCL) als keine Daten, defekt, Wolkenschatten, Wolken oder Zirrus kennzeichnet; Schnee wird beibehalten. Ein Datum ohne gültiges Pixel ist eine Lücke: ein leerer Wert mit dem Status &lt;i&gt;cloudy&lt;/i&gt; oder &lt;i&gt;nodata&lt;/i&gt;, niemals 0. Ein Produkt, das nicht gelesen werden kann, erhält den Status &lt;i&gt;failed&lt;/i&gt; und den Grund in &lt;i&gt;error&lt;/i&gt;; die übrigen werden trotzdem geschrieben.&lt;/p&gt;&lt;p&gt;Erfordert eine Terrascope-Anmeldung (Terrascope-Bedienfeld oder &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the answer was lost</source>
        <translation type="vanished">die Antwort ging verloren</translation>
    </message>
    <message>
        <source>Choose a folder to download to.</source>
        <translation type="vanished">Wählen Sie einen Zielordner für den Download.</translation>
    </message>
    <message>
        <source>The {band} file of {product} could not be read ({reason}). Try again later.</source>
        <translation type="vanished">Die {band}-Datei von {product} konnte nicht gelesen werden ({reason}). Versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>TerrascopeExplorerDock</name>
    <message>
        <location filename="../resources/ui/dock.ui" line="23"/>
        <source>Terrascope Explorer</source>
        <translation>Terrascope Explorer</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="52"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="60"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="68"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="76"/>
        <source>Web services</source>
        <translation>Webdienste</translation>
    </message>
</context>
<context>
    <name>TerrascopeLoginPanel</name>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="21"/>
        <source>Not logged in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="49"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="59"/>
        <source>username or e-mail</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="66"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="79"/>
        <source>Keep the login in the QGIS authentication database, encrypted with your master password, and log in silently next time</source>
        <translation>Anmeldedaten verschlüsselt mit Ihrem Master-Passwort in der QGIS-Authentifizierungsdatenbank speichern und beim nächsten Mal automatisch anmelden</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="82"/>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="97"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="107"/>
        <source>Log in on the Terrascope website in your web browser (for accounts without a password)</source>
        <translation>Auf der Terrascope-Website in Ihrem Webbrowser anmelden (für Konten ohne Passwort)</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="110"/>
        <source>Browser login…</source>
        <translation>Anmeldung im Browser…</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="117"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
</TS>
