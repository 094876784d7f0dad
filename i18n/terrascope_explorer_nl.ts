<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>TerrascopeExplorer</name>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>The Processing provider &quot;Terrascope&quot; could not be registered: another plugin probably uses the id &quot;terrascope&quot;. Disable that plugin, then enable Terrascope Explorer again.</source>
        <translation>De Processing-provider &quot;Terrascope&quot; kon niet worden geregistreerd: waarschijnlijk gebruikt een andere plug-in de id &quot;terrascope&quot;. Schakel die plug-in uit en schakel Terrascope Explorer daarna opnieuw in.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>Terrascope Explorer</source>
        <translation>Terrascope Explorer</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>Show or hide the Terrascope Explorer panel</source>
        <translation>Het paneel Terrascope Explorer weergeven of verbergen</translation>
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
        <translation>Terrascope-tijdreeksen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144"/>
        <source>Show the time series of an indicator at a point or over a polygon, from Terrascope products</source>
        <translation>De tijdreeks van een indicator op een punt of over een polygoon weergeven, op basis van Terrascope-producten</translation>
    </message>
    <message>
        <location filename="../api.py" line="269"/>
        <source>({n} more files failed.)</source>
        <translation>(Nog {n} bestanden zijn mislukt.)</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The Terrascope login could not be saved in the QGIS authentication database.</source>
        <translation>De Terrascope-aanmelding kon niet worden opgeslagen in de QGIS-authenticatiedatabase.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="155"/>
        <source>Your saved Terrascope login could not be read: enter the QGIS master password when QGIS asks for it, or log in again.</source>
        <translation>Uw opgeslagen Terrascope-aanmelding kon niet worden gelezen: voer het hoofdwachtwoord van QGIS in wanneer QGIS erom vraagt, of meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="340"/>
        <location filename="../ui/login_panel.py" line="113"/>
        <source>Enter your Terrascope username and password.</source>
        <translation>Voer uw Terrascope-gebruikersnaam en -wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="466"/>
        <source>You are not logged in to Terrascope.</source>
        <translation>U bent niet aangemeld bij Terrascope.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="487"/>
        <location filename="../core/auth.py" line="676"/>
        <location filename="../ui/login_panel.py" line="100"/>
        <source>Your Terrascope session has ended. Log in again.</source>
        <translation>Uw Terrascope-sessie is beëindigd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="496"/>
        <source>You are not logged in to Terrascope. Log in in the Terrascope panel or with api.login().</source>
        <translation>U bent niet aangemeld bij Terrascope. Meld u aan in het Terrascope-paneel of met api.login().</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="504"/>
        <source>Terrascope no longer accepts your saved username and password. Log in again.</source>
        <translation>Terrascope aanvaardt uw opgeslagen gebruikersnaam en wachtwoord niet meer. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="541"/>
        <source>You logged out while Terrascope was signing you in.</source>
        <translation>U hebt zich afgemeld terwijl Terrascope u aan het aanmelden was.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="595"/>
        <source>Refreshing the Terrascope session</source>
        <translation>Terrascope-sessie vernieuwen</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="602"/>
        <source>The Terrascope session could not be refreshed in the background ({kind}).</source>
        <translation>De Terrascope-sessie kon niet op de achtergrond worden vernieuwd ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="628"/>
        <source>The Terrascope sign-in service sent an answer the plugin cannot use. Try again later.</source>
        <translation>De aanmeldservice van Terrascope stuurde een antwoord dat de plug-in niet kan gebruiken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="674"/>
        <source>Wrong Terrascope username or password. Check them and try again.</source>
        <translation>Verkeerde gebruikersnaam of verkeerd wachtwoord voor Terrascope. Controleer ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="679"/>
        <source>The browser login could not be completed ({reason}). Try again.</source>
        <translation>De aanmelding via de browser kon niet worden voltooid ({reason}). Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="686"/>
        <source>The Terrascope sign-in service refused this plugin ({reason}). Update the plugin or report the problem.</source>
        <translation>De aanmeldservice van Terrascope weigerde deze plug-in ({reason}). Werk de plug-in bij of meld het probleem.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="99"/>
        <source>The browser login was cancelled.</source>
        <translation>De aanmelding via de browser werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="102"/>
        <source>The browser login took more than {minutes:g} minutes. Try again.</source>
        <translation>De aanmelding via de browser duurde langer dan {minutes:g} minuten. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="125"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Login not recognised</source>
        <translation>Aanmelding niet herkend</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Start the login again from QGIS.</source>
        <translation>Start de aanmelding opnieuw vanuit QGIS.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="133"/>
        <source>Login refused</source>
        <translation>Aanmelding geweigerd</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="134"/>
        <source>Terrascope refused the browser login ({reason}).</source>
        <translation>Terrascope weigerde de aanmelding via de browser ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="142"/>
        <source>You are logged in to Terrascope</source>
        <translation>U bent aangemeld bij Terrascope</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="143"/>
        <source>You can close this tab and go back to QGIS.</source>
        <translation>U kunt dit tabblad sluiten en teruggaan naar QGIS.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="60"/>
        <location filename="../ui/results_panel.py" line="69"/>
        <location filename="../ui/results_panel.py" line="175"/>
        <source>Tile</source>
        <translation>Tegel</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="61"/>
        <source>UTM zone</source>
        <translation>UTM-zone</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="62"/>
        <source>Orbit direction</source>
        <translation>Baanrichting</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="63"/>
        <source>Relative orbit</source>
        <translation>Relatieve baan</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="64"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="65"/>
        <source>Product type</source>
        <translation>Producttype</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="66"/>
        <source>Instrument mode</source>
        <translation>Instrumentmodus</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="67"/>
        <source>Processing version</source>
        <translation>Verwerkingsversie</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="88"/>
        <source>The search area cannot be converted from {crs} to WGS 84. Check its CRS.</source>
        <translation>Het zoekgebied kan niet worden omgezet van {crs} naar WGS 84. Controleer het CRS ervan.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="142"/>
        <source>Choose a valid layer for the search area.</source>
        <translation>Kies een geldige laag voor het zoekgebied.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="148"/>
        <source>No feature of the layer &quot;{name}&quot; is selected. Select some, or use the layer&apos;s extent.</source>
        <translation>Er is geen object van de laag &quot;{name}&quot; geselecteerd. Selecteer er enkele, of gebruik het bereik van de laag.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="174"/>
        <source>Give only one search area: bbox, geometry or layer.</source>
        <translation>Geef slechts één zoekgebied op: bbox, geometry of layer.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="183"/>
        <source>bbox must be four numbers: west, south, east, north.</source>
        <translation>bbox moet uit vier getallen bestaan: west, zuid, oost, noord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="186"/>
        <source>bbox must be west, south, east, north, with west ≤ east and south ≤ north.</source>
        <translation>bbox moet west, zuid, oost, noord zijn, met west ≤ oost en zuid ≤ noord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="201"/>
        <source>The search geometry cannot be read (give a QgsGeometry, WKT or GeoJSON).</source>
        <translation>De zoekgeometrie kan niet worden gelezen (geef een QgsGeometry, WKT of GeoJSON op).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="209"/>
        <source>There is no layer &quot;{name}&quot; in the project.</source>
        <translation>Er is geen laag &quot;{name}&quot; in het project.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="256"/>
        <location filename="../ui/search_panel.py" line="514"/>
        <source>Choose at least one collection to search.</source>
        <translation>Kies ten minste één collectie om te doorzoeken.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="260"/>
        <source>The end date ({end}) is before the start date ({start}). Swap them or change one.</source>
        <translation>De einddatum ({end}) ligt vóór de begindatum ({start}). Verwissel ze of wijzig er een.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="265"/>
        <source>The maximum cloud cover must be between 0 and 100 %.</source>
        <translation>De maximale bewolking moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="267"/>
        <source>The page size must be between 1 and {n}.</source>
        <translation>De paginagrootte moet tussen 1 en {n} liggen.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="272"/>
        <source>The search area is empty. Draw an area, or choose a layer with features.</source>
        <translation>Het zoekgebied is leeg. Teken een gebied, of kies een laag met objecten.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="277"/>
        <source>The search area lies outside the Earth (latitude beyond ±90°). Check its CRS.</source>
        <translation>Het zoekgebied ligt buiten de aarde (breedtegraad voorbij ±90°). Controleer het CRS ervan.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="282"/>
        <source>The search area is too large ({area:,.0f} km², at most {limit:,.0f} km²). Zoom in or draw a smaller area.</source>
        <translation>Het zoekgebied is te groot ({area:,.0f} km², hoogstens {limit:,.0f} km²). Zoom in of teken een kleiner gebied.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="355"/>
        <location filename="../core/catalogue.py" line="361"/>
        <source>{value!r} is not a date (use YYYY-MM-DD).</source>
        <translation>{value!r} is geen datum (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="476"/>
        <source>The Terrascope STAC catalogue sent search results the plugin cannot read ({error}). Try again later.</source>
        <translation>De STAC-catalogus van Terrascope stuurde zoekresultaten die de plug-in niet kan lezen ({error}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="581"/>
        <source>The OpenSearch catalogue&apos;s collections are not listed: {error}</source>
        <translation>De collecties van de OpenSearch-catalogus konden niet worden opgevraagd: {error}</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="610"/>
        <source>The OpenSearch catalogue has no collection {id}.</source>
        <translation>De OpenSearch-catalogus heeft geen collectie {id}.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="688"/>
        <source>The Terrascope STAC catalogue sent an answer the plugin cannot read. Try again later.</source>
        <translation>De STAC-catalogus van Terrascope stuurde een antwoord dat de plug-in niet kan lezen. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="707"/>
        <source>The Terrascope STAC catalogue could not be reached ({reason}). Try again later.</source>
        <translation>De STAC-catalogus van Terrascope kon niet worden bereikt ({reason}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="714"/>
        <source>The Terrascope STAC catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later; if it persists, check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>De STAC-catalogus van Terrascope stuurde een antwoord dat geen geldige JSON is (een foutpagina of een onderbroken overdracht). Probeer het later opnieuw; blijft het probleem bestaan, controleer dan de proxy in QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="722"/>
        <source>Searching the Terrascope STAC catalogue failed ({error}). Try again later.</source>
        <translation>Zoeken in de STAC-catalogus van Terrascope is mislukt ({error}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="64"/>
        <location filename="../core/clip.py" line="73"/>
        <source>The mask has no polygon: it is empty, or its features have no area.</source>
        <translation>Het masker heeft geen polygoon: het is leeg, of de objecten ervan hebben geen oppervlakte.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="87"/>
        <source>The mask does not overlap the raster {}: nothing is left to clip.</source>
        <translation>Het masker overlapt het raster {} niet: er blijft niets over om te clippen.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="177"/>
        <source>band {}</source>
        <translation>band {}</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="185"/>
        <source>The bands of {} have different data types; clip them one by one.</source>
        <translation>De banden van {} hebben verschillende gegevenstypen; clip ze een voor een.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="224"/>
        <source>The no-data value {} does not fit the {} pixels of {}.</source>
        <translation>De NoData-waarde {} past niet in de {}-pixels van {}.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="54"/>
        <source>This feature</source>
        <translation>Deze functie</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="55"/>
        <source>{feature} needs the Python package {package}, which this QGIS installation lacks.</source>
        <translation>{feature} heeft het Python-pakket {package} nodig, dat in deze QGIS-installatie ontbreekt.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="66"/>
        <source>On Windows, run the OSGeo4W Setup (&quot;Advanced Install&quot;), select the package {debian} and finish; with the standalone QGIS installer, open the &quot;OSGeo4W Shell&quot; from the Start menu and run &quot;python -m pip install {package}&quot;. Then restart QGIS.</source>
        <translation>Voer onder Windows de OSGeo4W Setup uit (&quot;Advanced Install&quot;), selecteer het pakket {debian} en rond de installatie af; open bij het zelfstandige QGIS-installatieprogramma de &quot;OSGeo4W Shell&quot; via het menu Start en voer &quot;python -m pip install {package}&quot; uit. Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="72"/>
        <source>On macOS, open Terminal and install it into the Python of QGIS: &quot;/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}&quot; (use the name of your QGIS application, for example QGIS-LTR.app). Then restart QGIS.</source>
        <translation>Open onder macOS Terminal en installeer het in de Python van QGIS: &quot;/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}&quot; (gebruik de naam van uw QGIS-toepassing, bijvoorbeeld QGIS-LTR.app). Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="77"/>
        <source>On Debian or Ubuntu, install the package {debian} (&quot;sudo apt install {debian}&quot;); on other Linux distributions, the {package} package of the distribution. Then restart QGIS.</source>
        <translation>Installeer onder Debian of Ubuntu het pakket {debian} (&quot;sudo apt install {debian}&quot;); installeer op andere Linux-distributies het pakket {package} van de distributie. Start QGIS daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="28"/>
        <source>Downloading {n} Terrascope files</source>
        <translation>{n} Terrascope-bestanden downloaden</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="46"/>
        <source>The download failed because of an error in the plugin ({kind}). The details are in the log.</source>
        <translation>Het downloaden is mislukt door een fout in de plug-in ({kind}). De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="70"/>
        <source>The download was cancelled.</source>
        <translation>Het downloaden werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="138"/>
        <source>The {what} &quot;{name}&quot; given by the server is not a plain name and would leave the download folder; refused.</source>
        <translation>De {what} &quot;{name}&quot; die de server opgaf, is geen gewone naam en zou buiten de downloadmap terechtkomen; geweigerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="141"/>
        <location filename="../core/downloads.py" line="147"/>
        <location filename="../core/downloads.py" line="438"/>
        <location filename="../core/downloads.py" line="783"/>
        <source>file name</source>
        <translation>bestandsnaam</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="146"/>
        <source>The {what} &quot;{name}&quot; given by the server cannot be used as a file name; refused.</source>
        <translation>De {what} &quot;{name}&quot; die de server opgaf, kan niet als bestandsnaam worden gebruikt; geweigerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="269"/>
        <source>The clip area cannot be read: give a QgsGeometry, a QgsRectangle, WKT, GeoJSON or a bbox.</source>
        <translation>Het clipgebied kan niet worden gelezen: geef een QgsGeometry, een QgsRectangle, WKT, GeoJSON of een bbox op.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="276"/>
        <source>The clip area is empty or cannot be read.</source>
        <translation>Het clipgebied is leeg of kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="278"/>
        <source>The clip area must be a polygon or an extent with an area.</source>
        <translation>Het clipgebied moet een polygoon zijn of een bereik met een oppervlakte.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="310"/>
        <source>{asset} of {item}</source>
        <translation>{asset} van {item}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="383"/>
        <source>Select at least one product to download.</source>
        <translation>Selecteer ten minste één product om te downloaden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="387"/>
        <source>Choose at least one asset to download.</source>
        <translation>Kies ten minste één asset om te downloaden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="395"/>
        <source>No selected product has the asset {missing}; they have: {available}.</source>
        <translation>Geen enkel geselecteerd product heeft de asset {missing}; ze hebben: {available}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="407"/>
        <source>{item} lies outside the clip area.</source>
        <translation>{item} ligt buiten het clipgebied.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="411"/>
        <source>{item} has no data files.</source>
        <translation>{item} heeft geen gegevensbestanden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="415"/>
        <source>{item} has no asset &quot;{key}&quot;.</source>
        <translation>{item} heeft geen asset &quot;{key}&quot;.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="432"/>
        <source>{label} has no web address to download from.</source>
        <translation>{label} heeft geen webadres om van te downloaden.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="436"/>
        <source>collection name</source>
        <translation>collectienaam</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="437"/>
        <source>product id</source>
        <translation>product-id</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="447"/>
        <source>{label} would be written outside the download folder ({path}); refused.</source>
        <translation>{label} zou buiten de downloadmap worden geschreven ({path}); geweigerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="926"/>
        <source>The disk is full: {label} could not be written to {folder}. Free some space or choose another folder; what was downloaded is kept and the download resumes from there.</source>
        <translation>De schijf is vol: {label} kon niet naar {folder} worden geschreven. Maak ruimte vrij of kies een andere map; wat al gedownload is, blijft bewaard en het downloaden wordt vanaf daar hervat.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="931"/>
        <source>{label} cannot be written to {folder}: permission denied. Choose another folder.</source>
        <translation>{label} kan niet naar {folder} worden geschreven: toegang geweigerd. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="933"/>
        <source>{label} could not be written to {folder} ({reason}).</source>
        <translation>{label} kon niet naar {folder} worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1032"/>
        <source>Not enough free space in {folder}: the files need {need}, {free} are free. Free some space or choose another folder.</source>
        <translation>Onvoldoende vrije ruimte in {folder}: de bestanden hebben {need} nodig, er is {free} vrij. Maak ruimte vrij of kies een andere map.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1044"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>Already downloaded.</source>
        <translation>Al gedownload.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1077"/>
        <source>Not enough free space in {folder} for {label}: it needs {need}, {free} are free.</source>
        <translation>Onvoldoende vrije ruimte in {folder} voor {label}: nodig is {need}, er is {free} vrij.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1110"/>
        <source>{label} could not be downloaded because of an error in the plugin ({kind}).</source>
        <translation>{label} kon niet worden gedownload door een fout in de plug-in ({kind}).</translation>
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
        <translation>{label}: de overdracht werd onderbroken ({reason}); poging {n} van {max}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1171"/>
        <source>incomplete answer</source>
        <translation>onvolledig antwoord</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1174"/>
        <source>no data for {seconds:g} s</source>
        <translation>{seconds:g} s lang geen gegevens ontvangen</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1176"/>
        <source>{label} could not be downloaded: {service} could not be reached ({reason}).</source>
        <translation>{label} kon niet worden gedownload: {service} kon niet worden bereikt ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1178"/>
        <source>{label} could not be downloaded: the connection broke off {n} times ({reason}).</source>
        <translation>{label} kon niet worden gedownload: de verbinding werd {n} keer onderbroken ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1180"/>
        <source>The {kept} received are kept; the next download resumes from there.</source>
        <translation>De {kept} die al ontvangen zijn, blijven bewaard; de volgende download wordt vanaf daar hervat.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1225"/>
        <source>{label} arrived with {size} bytes instead of the {expected} the catalogue gives: it was not kept. Try again later.</source>
        <translation>{label} kwam binnen met {size} bytes in plaats van de {expected} die de catalogus opgeeft: het bestand werd niet bewaard. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1233"/>
        <source>{label} does not match the checksum the catalogue gives: it was damaged on the way and was not kept. Download it again.</source>
        <translation>{label} komt niet overeen met de controlesom die de catalogus opgeeft: het bestand werd onderweg beschadigd en niet bewaard. Download het opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1244"/>
        <source>{label}: the server&apos;s file name was refused.</source>
        <translation>{label}: de bestandsnaam van de server werd geweigerd.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1294"/>
        <source>{label} could not be clipped: {reason}</source>
        <translation>{label} kon niet worden geclipt: {reason}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1337"/>
        <source>{label} could not be read: {service} did not answer properly. Try again later.</source>
        <translation>{label} kon niet worden gelezen: {service} antwoordde niet correct. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1349"/>
        <source>{label}: the download server sent you to the sign-in page: your session was refused. Log in again.</source>
        <translation>{label}: de downloadserver stuurde u door naar de aanmeldpagina: uw sessie werd geweigerd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1357"/>
        <source>{label}: the server moved the file to {location}, which was not followed{why}.</source>
        <translation>{label}: de server heeft het bestand verplaatst naar {location}; deze omleiding werd niet gevolgd{why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1360"/>
        <source> (your Terrascope token is only sent to Terrascope)</source>
        <translation> (uw Terrascope-token wordt alleen naar Terrascope gestuurd)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1449"/>
        <source>{n} of {total} files downloaded.</source>
        <translation>{n} van {total} bestanden gedownload.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1451"/>
        <source>Cancelled: partial files are kept, and the next download resumes them.</source>
        <translation>Geannuleerd: gedeeltelijke bestanden blijven bewaard en de volgende download hervat ze.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1456"/>
        <source>({n} more problems: see the log.)</source>
        <translation>(Nog {n} problemen: zie het logboek.)</translation>
    </message>
    <message>
        <location filename="../core/footprints.py" line="88"/>
        <source>Terrascope footprints</source>
        <translation>Terrascope-footprints</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="70"/>
        <source>Normalized Difference Vegetation Index</source>
        <translation>Genormaliseerde verschilvegetatie-index</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="71"/>
        <source>Normalized Difference Water Index</source>
        <translation>Genormaliseerde verschilwaterindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="72"/>
        <source>Modified Normalized Difference Water Index</source>
        <translation>Gemodificeerde genormaliseerde verschilwaterindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="75"/>
        <source>Normalized Difference Moisture Index</source>
        <translation>Genormaliseerde verschilvochtindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="80"/>
        <source>Normalized Burn Ratio</source>
        <translation>Genormaliseerde verbrandingsratio</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="81"/>
        <source>Normalized Burn Ratio 2</source>
        <translation>Genormaliseerde verbrandingsratio 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="82"/>
        <source>Normalized Difference Red Edge</source>
        <translation>Genormaliseerd verschil in de red edge</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="85"/>
        <source>Green Normalized Difference Vegetation Index</source>
        <translation>Groene genormaliseerde verschilvegetatie-index</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="90"/>
        <source>Normalized Difference Built-up Index</source>
        <translation>Genormaliseerde verschilbebouwingsindex</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="93"/>
        <source>Enhanced Vegetation Index</source>
        <translation>Verbeterde vegetatie-index</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="101"/>
        <source>Two-band Enhanced Vegetation Index</source>
        <translation>Verbeterde vegetatie-index met twee banden</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="109"/>
        <source>Soil Adjusted Vegetation Index</source>
        <translation>Bodemgecorrigeerde vegetatie-index</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="117"/>
        <source>Modified Soil Adjusted Vegetation Index 2</source>
        <translation>Gemodificeerde bodemgecorrigeerde vegetatie-index 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="150"/>
        <source>Sentinel-2 (Terrascope TOC)</source>
        <translation>Sentinel-2 (Terrascope TOC)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="185"/>
        <source>PROBA-V (TOC reflectance)</source>
        <translation>PROBA-V (TOC-reflectantie)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="190"/>
        <source>Other (band mapping or band names)</source>
        <translation>Overig (bandtoewijzing of bandnamen)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="204"/>
        <source>&lt;b&gt;{key}&lt;/b&gt; ({name}): {formula}; bands {bands}; {reference}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt; ({name}): {formula}; banden {bands}; {reference}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="222"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; reflectance = digital number × {scale:g} + {offset:g}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt;: {name}; reflectantie = digitaal getal × {scale:g} + {offset:g}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="226"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; the rasters&apos; own scale and offset, else the scale given</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt;: {name}; de eigen schaal en offset van de rasters, anders de opgegeven schaal</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="264"/>
        <source>&quot;{}&quot; is not of the form name=band number, such as red=3</source>
        <translation>&quot;{}&quot; heeft niet de vorm naam=bandnummer, zoals red=3</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="277"/>
        <source>&quot;{}&quot; is not a class number or a range such as 8-10</source>
        <translation>&quot;{}&quot; is geen klassenummer en geen bereik zoals 8-10</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="405"/>
        <source>the {} band ({} for {})</source>
        <translation>de band {} ({} voor {})</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="407"/>
        <source>the {} band</source>
        <translation>de band {}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="418"/>
        <source>Two inputs provide band {} ({}, {}): give the bands of one product only.</source>
        <translation>Twee invoerbestanden leveren band {} ({}, {}): geef alleen de banden van één product op.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="492"/>
        <source>{} needs {}, which was not found among the inputs. Add that band raster, or give the band mapping of the multiband raster, such as {}.</source>
        <translation>{} heeft {} nodig, maar die werd niet gevonden onder de invoer. Voeg dat bandraster toe, of geef de bandtoewijzing van het multibandraster op, zoals {}.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="509"/>
        <location filename="../core/styles.py" line="197"/>
        <source>scene classification</source>
        <translation>scèneclassificatie</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="512"/>
        <source>The scene classification {} holds real numbers; it must hold class numbers.</source>
        <translation>De scèneclassificatie {} bevat reële getallen; ze moet klassenummers bevatten.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="163"/>
        <source>Choose one band, or three bands for red, green and blue.</source>
        <translation>Kies één band, of drie banden voor rood, groen en blauw.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="178"/>
        <source>{product} has no image that can be shown on the map.</source>
        <translation>{product} heeft geen afbeelding die op de kaart kan worden weergegeven.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="185"/>
        <location filename="../core/layers.py" line="206"/>
        <source>This product has no {band} band ({product}).</source>
        <translation>Dit product heeft geen band {band} ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="189"/>
        <source>The {band} file of this product is not an image ({product}).</source>
        <translation>Het bestand van band {band} van dit product is geen afbeelding ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="247"/>
        <source>The downloaded file {path} could not be opened as a raster.</source>
        <translation>Het gedownloade bestand {path} kon niet als raster worden geopend.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="271"/>
        <source>There is no preset {preset} for this product; choose one of: {offered}.</source>
        <translation>Er is geen voorinstelling {preset} voor dit product; kies een van: {offered}.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="335"/>
        <source>Loading was cancelled.</source>
        <translation>Het laden werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="355"/>
        <source>The bands {a} and {b} of this product are in different coordinate systems.</source>
        <translation>De banden {a} en {b} van dit product hebben verschillende coördinatenreferentiesystemen.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="427"/>
        <source>no data could be read</source>
        <translation>er konden geen gegevens worden gelezen</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="475"/>
        <source>The {band} file of {product} could not be read: the transfer broke off or the file is not a readable image ({reason}). Try again later.</source>
        <translation>Het bestand van band {band} van {product} kon niet worden gelezen: de overdracht werd onderbroken of het bestand is geen leesbare afbeelding ({reason}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="492"/>
        <source>{product} could not be loaded. {reason}</source>
        <translation>{product} kon niet worden geladen. {reason}</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="504"/>
        <source>The download server does not have the {band} file of {product} (HTTP 404): the catalogue entry may be out of date.</source>
        <translation>De downloadserver heeft het bestand van band {band} van {product} niet (HTTP 404): de catalogusvermelding is mogelijk verouderd.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="515"/>
        <source>Log in to Terrascope to load this product ({product}).</source>
        <translation>Meld u aan bij Terrascope om dit product te laden ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="521"/>
        <location filename="../core/timeseries.py" line="698"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="556"/>
        <source>{file}: the file&apos;s scale/offset differ from the catalogue&apos;s; the file&apos;s are used.</source>
        <translation>{file}: schaal/offset van het bestand verschillen van die in de catalogus; die van het bestand worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="621"/>
        <source>The layer file {path} could not be written ({reason}). Check the folder in the settings.</source>
        <translation>Het laagbestand {path} kon niet worden geschreven ({reason}). Controleer de map in de instellingen.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="633"/>
        <source>GDAL could not build the layer file.</source>
        <translation>GDAL kon het laagbestand niet aanmaken.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="672"/>
        <source>The bands {bands} of {product} could not be combined ({reason}).</source>
        <translation>De banden {bands} van {product} konden niet worden gecombineerd ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="761"/>
        <location filename="../core/layers.py" line="782"/>
        <source>QGIS could not open {name} ({reason}).</source>
        <translation>QGIS kon {name} niet openen ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="892"/>
        <source>{collection} product {id}{when}, from the Terrascope catalogue ({collection_id}).</source>
        <translation>{collection}: product {id}{when}, uit de Terrascope-catalogus ({collection_id}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="935"/>
        <source>Catalogue entry (STAC item)</source>
        <translation>Catalogusvermelding (STAC-item)</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1048"/>
        <source>Connecting Terrascope layers</source>
        <translation>Terrascope-lagen verbinden</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/layers.py" line="1075"/>
        <source>Loading %n Terrascope product(s)</source>
        <translation>
            <numerusform>%n Terrascope-product laden</numerusform>
            <numerusform>%n Terrascope-producten laden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1105"/>
        <source>{name} could not be loaded because of an error in the plugin ({error}).</source>
        <translation>{name} kon niet worden geladen door een fout in de plug-in ({error}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1148"/>
        <source>There is no product to load.</source>
        <translation>Er is geen product om te laden.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="62"/>
        <source>{service} sent an answer that is not valid JSON. Try again later.</source>
        <translation>{service} stuurde een antwoord dat geen geldige JSON is. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="110"/>
        <source>The Terrascope sign-in service</source>
        <translation>De aanmeldservice van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="111"/>
        <source>The Terrascope STAC catalogue</source>
        <translation>De STAC-catalogus van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>The Terrascope catalogue</source>
        <translation>De Terrascope-catalogus</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="113"/>
        <source>The Terrascope WMTS service</source>
        <translation>De WMTS-service van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="114"/>
        <source>The Terrascope WMS service</source>
        <translation>De WMS-service van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="115"/>
        <source>The Terrascope download server</source>
        <translation>De downloadserver van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="116"/>
        <source>The Terrascope preview service</source>
        <translation>De voorbeeldservice van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="121"/>
        <source>The server {host}</source>
        <translation>De server {host}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="237"/>
        <location filename="../core/qgis_transport.py" line="40"/>
        <source>The request was cancelled.</source>
        <translation>Het verzoek werd geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="272"/>
        <source>{service} did not answer within {seconds:g} s. It may be busy or down: try again later.</source>
        <translation>{service} antwoordde niet binnen {seconds:g} s. Mogelijk is die overbelast of buiten werking: probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="282"/>
        <source>Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Controleer de proxy in QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="284"/>
        <source>Check the SSL settings and certificates in QGIS (Settings &gt; Options &gt; Authentication).</source>
        <translation>Controleer de SSL-instellingen en certificaten in QGIS (Extra &gt; Opties &gt; Authenticatie).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="286"/>
        <source>Check your internet connection and the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Controleer uw internetverbinding en de proxy in QGIS (Extra &gt; Opties &gt; Netwerk).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="287"/>
        <source>{service} could not be reached ({reason}). {advice}</source>
        <translation>{service} kon niet worden bereikt ({reason}). {advice}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="289"/>
        <location filename="../core/web_services.py" line="860"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="329"/>
        <source>{service} refused your Terrascope session (HTTP {status}{detail}). Log in again.</source>
        <translation>{service} weigerde uw Terrascope-sessie (HTTP {status}{detail}). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="331"/>
        <source>{service} needs a Terrascope login (HTTP {status}{detail}). Log in in the Terrascope panel or with api.login(), then try again.</source>
        <translation>{service} vereist een Terrascope-aanmelding (HTTP {status}{detail}). Meld u aan in het Terrascope-paneel of met api.login() en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="337"/>
        <source>{service} does not know this address (HTTP 404{detail}).</source>
        <translation>{service} kent dit adres niet (HTTP 404{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="340"/>
        <source> Try again in {seconds} s.</source>
        <translation> Probeer het over {seconds} s opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source>{service} is busy or failing (HTTP {status}{detail}).</source>
        <translation>{service} is overbelast of werkt niet goed (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source> Try again later.</source>
        <translation> Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="343"/>
        <source>{service} refused the request (HTTP {status}{detail}).</source>
        <translation>{service} weigerde het verzoek (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="170"/>
        <location filename="../core/products.py" line="341"/>
        <source>orbit {orbit}</source>
        <translation>baan {orbit}</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="197"/>
        <source>Search one OpenSearch collection at a time.</source>
        <translation>Doorzoek één OpenSearch-collectie tegelijk.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="234"/>
        <source>The OpenSearch catalogue cannot filter on “{name}”. Remove that filter.</source>
        <translation>De OpenSearch-catalogus kan niet filteren op “{name}”. Verwijder die filter.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="241"/>
        <source>The OpenSearch catalogue filters “{name}” on one value at a time.</source>
        <translation>De OpenSearch-catalogus filtert “{name}” op één waarde tegelijk.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="256"/>
        <source>The OpenSearch catalogue returns at most {n:,} results per search. Narrow the area, the dates or the cloud cover to see the rest.</source>
        <translation>De OpenSearch-catalogus geeft hoogstens {n:,} resultaten per zoekopdracht. Beperk het gebied, de datums of de bewolking om de rest te zien.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="273"/>
        <source>The Terrascope OpenSearch catalogue sent results the plugin cannot read ({error}). Try again later.</source>
        <translation>De OpenSearch-catalogus van Terrascope stuurde resultaten die de plug-in niet kan lezen ({error}). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="313"/>
        <source>The Terrascope OpenSearch catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later.</source>
        <translation>De OpenSearch-catalogus van Terrascope stuurde een antwoord dat geen geldige JSON is (een foutpagina of een onderbroken overdracht). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="134"/>
        <source>The raster {} cannot be opened: {}</source>
        <translation>Het raster {} kan niet worden geopend: {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="140"/>
        <source>The raster {} has no coordinate reference system or no georeferencing.</source>
        <translation>Het raster {} heeft geen coördinatenreferentiesysteem of geen georeferentie.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="144"/>
        <source>The raster {} is rotated or not north-up; warp it to a north-up grid first.</source>
        <translation>Het raster {} is geroteerd of niet naar het noorden gericht; herprojecteer het eerst naar een noordgericht grid.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="167"/>
        <source>The {} band is band {} of {}, but that raster has only {} band(s).</source>
        <translation>De band {} is band {} van {}, maar dat raster heeft slechts {} band(en).</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="174"/>
        <source>Band {} of {} holds {} values, which cannot be used here; use integer or real numbers.</source>
        <translation>Band {} van {} bevat waarden van het type {}, die hier niet bruikbaar zijn; gebruik gehele of reële getallen.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="226"/>
        <source>No input raster was given.</source>
        <translation>Er werd geen invoerraster opgegeven.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="240"/>
        <source>The rasters do not overlap: {} cover no common area.</source>
        <translation>De rasters overlappen niet: {} hebben geen gemeenschappelijk gebied.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="246"/>
        <source>The pixel size must be larger than zero.</source>
        <translation>De pixelgrootte moet groter dan nul zijn.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="255"/>
        <source>The rasters overlap by less than one pixel.</source>
        <translation>De rasters overlappen minder dan één pixel.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="305"/>
        <source>Unknown resampling method {}.</source>
        <translation>Onbekende herbemonsteringsmethode {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="582"/>
        <source>The Cloud-Optimized GeoTIFF {} could not be written: {}</source>
        <translation>De Cloud-Optimized GeoTIFF {} kon niet worden geschreven: {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="672"/>
        <source>Unknown compression {}.</source>
        <translation>Onbekende compressie {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="689"/>
        <source>The output file {} cannot be created: {}</source>
        <translation>Het uitvoerbestand {} kan niet worden aangemaakt: {}</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="99"/>
        <source>Searching failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>Het zoeken is mislukt door een fout in de plug-in ({error}). De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="113"/>
        <source>Searching the Terrascope catalogue</source>
        <translation>De Terrascope-catalogus doorzoeken</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="75"/>
        <source>The environment variable {name}</source>
        <translation>De omgevingsvariabele {name}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="78"/>
        <source>The setting {key}</source>
        <translation>De instelling {key}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="88"/>
        <source>{source} must not contain a user name or a password.</source>
        <translation>{source} mag geen gebruikersnaam of wachtwoord bevatten.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="102"/>
        <source>{source} must be the base URL of a Terrascope sandbox, such as http://127.0.0.1:8765, but it is {value}.</source>
        <translation>{source} moet de basis-URL van een Terrascope-sandbox zijn, zoals http://127.0.0.1:8765, maar is {value}.</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="46"/>
        <source>true colour</source>
        <translation>ware kleuren</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="47"/>
        <source>false colour</source>
        <translation>valse kleuren</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="48"/>
        <source>SWIR</source>
        <translation>SWIR</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="49"/>
        <source>agriculture</source>
        <translation>landbouw</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="122"/>
        <source>Tree cover</source>
        <translation>Boombedekking</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="123"/>
        <source>Shrubland</source>
        <translation>Struikgewas</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="124"/>
        <source>Grassland</source>
        <translation>Grasland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="125"/>
        <source>Cropland</source>
        <translation>Akkerland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="126"/>
        <source>Built-up</source>
        <translation>Bebouwd</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="127"/>
        <source>Bare / sparse vegetation</source>
        <translation>Kaal / schaarse vegetatie</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="128"/>
        <source>Snow and ice</source>
        <translation>Sneeuw en ijs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="129"/>
        <source>Permanent water bodies</source>
        <translation>Permanent water</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="130"/>
        <source>Herbaceous wetland</source>
        <translation>Kruidachtig moerasland</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="131"/>
        <source>Mangroves</source>
        <translation>Mangroven</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="132"/>
        <source>Moss and lichen</source>
        <translation>Mossen en korstmossen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="136"/>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="137"/>
        <source>Saturated or defective</source>
        <translation>Verzadigd of defect</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="138"/>
        <source>Dark area pixels</source>
        <translation>Donkere pixels</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="139"/>
        <source>Cloud shadows</source>
        <translation>Wolkenschaduwen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="140"/>
        <source>Vegetation</source>
        <translation>Vegetatie</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="141"/>
        <source>Not vegetated</source>
        <translation>Niet begroeid</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="142"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="143"/>
        <source>Unclassified</source>
        <translation>Niet geclassificeerd</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="144"/>
        <source>Cloud, medium probability</source>
        <translation>Wolk, gemiddelde waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="145"/>
        <source>Cloud, high probability</source>
        <translation>Wolk, hoge waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="146"/>
        <source>Thin cirrus</source>
        <translation>Dunne cirrus</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="147"/>
        <source>Snow</source>
        <translation>Sneeuw</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Clear</source>
        <translation>Onbewolkt</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Cloud or shadow</source>
        <translation>Wolk of schaduw</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>Temporary crops</source>
        <translation>Tijdelijke gewassen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>temporary crops</source>
        <translation>tijdelijke gewassen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="156"/>
        <source>Maize</source>
        <translation>Maïs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="156"/>
        <source>maize</source>
        <translation>maïs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="157"/>
        <source>Winter cereals</source>
        <translation>Wintergranen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="157"/>
        <source>winter cereals</source>
        <translation>wintergranen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>Spring cereals</source>
        <translation>Zomergranen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>spring cereals</source>
        <translation>zomergranen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>Detected</source>
        <translation>Gedetecteerd</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>detected</source>
        <translation>gedetecteerd</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="161"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="188"/>
        <source>land cover</source>
        <translation>bodembedekking</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="195"/>
        <source>confidence</source>
        <translation>betrouwbaarheid</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="199"/>
        <source>cloud mask</source>
        <translation>wolkenmasker</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="244"/>
        <source>WorldCereal 2021 temporary crops</source>
        <translation>WorldCereal 2021 tijdelijke gewassen</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="245"/>
        <source>WorldCereal 2021 maize</source>
        <translation>WorldCereal 2021 maïs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="246"/>
        <source>WorldCereal 2021 winter cereals</source>
        <translation>WorldCereal 2021 wintergranen</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="221"/>
        <source>Incomplete series: {reason}</source>
        <translation>Onvolledige reeks: {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="223"/>
        <source>Incomplete series: the run was cancelled after {n} products.</source>
        <translation>Onvolledige reeks: de uitvoering werd na {n} producten geannuleerd.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="232"/>
        <source>{valid} of {total} dates have a value</source>
        <translation>{valid} van {total} datums hebben een waarde</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="236"/>
        <source>, {failed} failed</source>
        <translation>, {failed} mislukt</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="239"/>
        <source>Cancelled: the series is incomplete.</source>
        <translation>Geannuleerd: de reeks is onvolledig.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="241"/>
        <source>Stopped by an error: the series is incomplete.</source>
        <translation>Gestopt door een fout: de reeks is onvolledig.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="327"/>
        <source>{index} needs the {bands} band, which products of {collection} do not have.</source>
        <translation>{index} heeft de band {bands} nodig, die de producten van {collection} niet hebben.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="337"/>
        <source>&quot;{indicator}&quot; is neither an index nor a band of {collection}. Choose an index such as NDVI or one of its bands: {choices}.</source>
        <translation>&quot;{indicator}&quot; is geen index en geen band van {collection}. Kies een index zoals NDVI of een van de banden: {choices}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="430"/>
        <source>{service} answered a range request without the file size. Try again later.</source>
        <translation>{service} beantwoordde een HTTP-range-aanvraag zonder de bestandsgrootte. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="640"/>
        <source>{name} cannot be read as a raster ({reason}).</source>
        <translation>{name} kan niet als raster worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="641"/>
        <source>unknown format</source>
        <translation>onbekend formaat</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="665"/>
        <source>{name} has no coordinate reference system.</source>
        <translation>{name} heeft geen coördinatenreferentiesysteem.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="697"/>
        <source>The pixels of {name} could not be read ({reason}).</source>
        <translation>De pixels van {name} konden niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="770"/>
        <source>Give a point or a polygon for the time series.</source>
        <translation>Geef een punt of een polygoon op voor de tijdreeks.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="776"/>
        <source>Give one point for the time series, not {n}.</source>
        <translation>Geef één punt op voor de tijdreeks, geen {n}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="780"/>
        <source>A time series needs a point or a polygon, not a line.</source>
        <translation>Een tijdreeks vereist een punt of een polygoon, geen lijn.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="787"/>
        <source>The polygon is empty. Draw it again or choose another feature.</source>
        <translation>De polygoon is leeg. Teken hem opnieuw of kies een ander object.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="790"/>
        <source>The polygon is too large for a time series ({area:,.1f} km², at most {limit:,.0f} km²). Draw a smaller one, or clip the rasters of a few dates instead.</source>
        <translation>De polygoon is te groot voor een tijdreeks ({area:,.1f} km², hoogstens {limit:,.0f} km²). Teken een kleinere, of clip in plaats daarvan de rasters van enkele datums.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="809"/>
        <source>The coordinate reference system of the place cannot be read.</source>
        <translation>Het coördinatenreferentiesysteem van de plaats kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="813"/>
        <source>The geometry of the place cannot be read.</source>
        <translation>De geometrie van de plaats kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="817"/>
        <source>The place cannot be converted to the product&apos;s coordinate system.</source>
        <translation>De plaats kan niet worden omgezet naar het coördinatensysteem van het product.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="840"/>
        <source>{name} has an unusable geotransform.</source>
        <translation>{name} heeft een onbruikbare geotransformatie.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1042"/>
        <source>the first product</source>
        <translation>het eerste product</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1043"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1044"/>
        <source>between {start} and {end}</source>
        <translation>tussen {start} en {end}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1075"/>
        <source>{n} products of {collection} match: too many for one series (at most {limit}). Choose a shorter period.</source>
        <translation>{n} producten van {collection} komen overeen: te veel voor één reeks (hoogstens {limit}). Kies een kortere periode.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this point</source>
        <translation>dit punt</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this area</source>
        <translation>dit gebied</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1099"/>
        <source>No product of {collection} covers {what} at any date: it lies outside the collection&apos;s coverage. Check the place and its coordinate reference system ({crs}).</source>
        <translation>Geen enkel product van {collection} dekt {what}, op geen enkele datum: het ligt buiten de dekking van de collectie. Controleer de plaats en het coördinatenreferentiesysteem ervan ({crs}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1109"/>
        <source> with at most {cloud:g} % cloud cover</source>
        <translation> met hoogstens {cloud:g} % bewolking</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1114"/>
        <source>No product of {collection} covers {what} {period}{cloud}. Widen the period{more}.</source>
        <translation>Geen enkel product van {collection} dekt {what} {period}{cloud}. Verruim de periode{more}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1119"/>
        <source> or raise the cloud limit</source>
        <translation> of verhoog de bewolkingslimiet</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1149"/>
        <source>Choose a collection for the time series.</source>
        <translation>Kies een collectie voor de tijdreeks.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1152"/>
        <source>The window around a point must be an odd number of pixels from 1 to {n}.</source>
        <translation>Het venster rond een punt moet een oneven aantal pixels van 1 tot {n} zijn.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1178"/>
        <source>Nothing to read.</source>
        <translation>Niets te lezen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1237"/>
        <source>the run stopped on an error after {done} of {n} products; the other dates are missing. {reason}</source>
        <translation>de uitvoering stopte door een fout na {done} van {n} producten; de andere datums ontbreken. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1242"/>
        <source>the catalogue failed while listing the products: only the {n} it listed before were read, later dates may be missing. {reason}</source>
        <translation>de catalogus faalde tijdens het opsommen van de producten: alleen de {n} die hij daarvoor had opgesomd, werden gelezen; latere datums kunnen ontbreken. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1253"/>
        <source>None of the {n} products could be read. The first one failed: {reason}</source>
        <translation>Geen van de {n} producten kon worden gelezen. Het eerste mislukte: {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1280"/>
        <source>All {n} dates are cloudy here: the series has only gaps. Try another period.</source>
        <translation>Alle {n} datums zijn hier bewolkt: de reeks bevat alleen hiaten. Probeer een andere periode.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1282"/>
        <source>None of the {n} dates has a valid value here (clouds, or no data at this place): the series has only gaps.</source>
        <translation>Geen van de {n} datums heeft hier een geldige waarde (wolken, of geen gegevens op deze plaats): de reeks bevat alleen hiaten.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1292"/>
        <source>{failed} of {n} products could not be read; their dates are marked as failed (first: {reason}). Run the series again to retry them.</source>
        <translation>{failed} van {n} producten konden niet worden gelezen; hun datums zijn als mislukt gemarkeerd (eerste: {reason}). Voer de reeks opnieuw uit om ze opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1299"/>
        <source>Cancelled: {done} of {n} products were read.</source>
        <translation>Geannuleerd: {done} van {n} producten werden gelezen.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1384"/>
        <source>The CSV file {path} cannot be written ({reason}).</source>
        <translation>Het CSV-bestand {path} kan niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="30"/>
        <source>Time series of {indicator} in {collection}</source>
        <translation>Tijdreeks van {indicator} in {collection}</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="47"/>
        <source>The time series failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>De tijdreeks is mislukt door een fout in de plug-in ({error}). De details staan in het logboek.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="164"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Did you mean {names}?</source>
        <translation>De {service} van Terrascope heeft geen laag &quot;{name}&quot;. Bedoelde u {names}?</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="167"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Its layers are: {names}.</source>
        <translation>De {service} van Terrascope heeft geen laag &quot;{name}&quot;. De lagen ervan zijn: {names}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="168"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMTS service</source>
        <translation>WMTS-service</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMS service</source>
        <translation>WMS-service</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="180"/>
        <source>&quot;{service}&quot; is not a Terrascope web service; use &quot;wmts&quot; or &quot;wms&quot;.</source>
        <translation>&quot;{service}&quot; is geen webservice van Terrascope; gebruik &quot;wmts&quot; of &quot;wms&quot;.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="233"/>
        <source>{service} sent capabilities that cannot be read (not XML). Try again later.</source>
        <translation>{service} stuurde capabilities die niet kunnen worden gelezen (geen XML). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="242"/>
        <source>{service} refused to describe its layers: {message}</source>
        <translation>{service} weigerde de lagen te beschrijven: {message}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="243"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="252"/>
        <source>a web page ({title})</source>
        <translation>een webpagina ({title})</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="254"/>
        <source>a &lt;{tag}&gt; document</source>
        <translation>een &lt;{tag}&gt;-document</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="257"/>
        <source>{service} sent {what} instead of its capabilities. Try again later.</source>
        <translation>{service} stuurde {what} in plaats van de capabilities. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="392"/>
        <source>{service} sent capabilities without any layer.</source>
        <translation>{service} stuurde capabilities zonder lagen.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="562"/>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>&quot;{value}&quot; is geen datum; schrijf hem als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="612"/>
        <source>The layer {name} has no format &quot;{format}&quot;; use one of {formats}.</source>
        <translation>De laag {name} heeft geen formaat &quot;{format}&quot;; gebruik een van {formats}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="625"/>
        <source>The Terrascope WMTS service gives no tile matrix set for the layer {name}.</source>
        <translation>De WMTS-service van Terrascope geeft geen tegelmatrixset voor de laag {name}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="733"/>
        <source>Terrascope (VITO); see https://terrascope.be for the terms of use of each product.</source>
        <translation>Terrascope (VITO); zie https://terrascope.be voor de gebruiksvoorwaarden van elk product.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="735"/>
        <source>Capabilities of the Terrascope {kind} service</source>
        <translation>Capabilities van de {kind}-service van Terrascope</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="772"/>
        <source>{name} has no data on {wanted}; showing {day}, the nearest date with data.</source>
        <translation>{name} heeft geen gegevens op {wanted}; {day}, de dichtstbijzijnde datum met gegevens, wordt weergegeven.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="784"/>
        <source>QGIS could not open the Terrascope {service} layer {name}{detail}.</source>
        <translation>QGIS kon de {service}-laag {name} van Terrascope niet openen{detail}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="828"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation>De laag {name} kon niet aan het project worden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="859"/>
        <source>The WMTS layers of this project keep their date: {error}</source>
        <translation>De WMTS-lagen van dit project behouden hun datum: {error}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="877"/>
        <source>Connecting Terrascope WMTS layers to the time</source>
        <translation>Terrascope-WMTS-lagen aan de tijd koppelen</translation>
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
        <translation>Terrascope-producten downloaden</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="69"/>
        <source>{n} products selected. Choose the files to download:</source>
        <translation>{n} producten geselecteerd. Kies de bestanden om te downloaden:</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="74"/>
        <source>{key} — {title}: {n} files, {size}</source>
        <translation>{key} — {title}: {n} bestanden, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="78"/>
        <source>(some sizes unknown)</source>
        <translation>(sommige groottes onbekend)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="88"/>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="89"/>
        <source>Select none</source>
        <translation>Niets selecteren</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="104"/>
        <location filename="../processing_provider/download_algorithm.py" line="127"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="106"/>
        <source>Files go to &lt;folder&gt;/&lt;collection&gt;/&lt;product id&gt;/.</source>
        <translation>Bestanden komen in &lt;map&gt;/&lt;collectie&gt;/&lt;product-id&gt;/.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="112"/>
        <source>Clip to the search area (GeoTIFF files: only that part is downloaded)</source>
        <translation>Clippen op het zoekgebied (GeoTIFF-bestanden: alleen dat deel wordt gedownload)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="116"/>
        <source>Draw or choose a search area first.</source>
        <translation>Teken of kies eerst een zoekgebied.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="118"/>
        <source>Add the downloaded rasters to the map when done</source>
        <translation>De gedownloade rasters na afloop aan de kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="126"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="186"/>
        <source>Total: {n} files, {size}</source>
        <translation>Totaal: {n} bestanden, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="188"/>
        <source>and {n} of unknown size</source>
        <translation>en {n} met onbekende grootte</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="190"/>
        <source>(less when clipped)</source>
        <translation>(minder bij clippen)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="215"/>
        <source>Select one or more products to download.</source>
        <translation>Selecteer een of meer producten om te downloaden.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="253"/>
        <source>Nothing to download.</source>
        <translation>Niets om te downloaden.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="262"/>
        <source>Downloading {n} files to {folder}; progress is in the task manager.</source>
        <translation>{n} bestanden worden gedownload naar {folder}; de voortgang is te volgen in het takenbeheer.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="278"/>
        <source>The end of a download could not be reported ({kind}: {error}).</source>
        <translation>Het einde van een download kon niet worden gemeld ({kind}: {error}).</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="342"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="55"/>
        <source>Choose bands</source>
        <translation>Banden kiezen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="58"/>
        <source>Show three bands as red, green and blue, or one band on its own.</source>
        <translation>Geef drie banden weer als rood, groen en blauw, of één band afzonderlijk.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="61"/>
        <source>Red, green, blue composite</source>
        <translation>Rood-groen-blauwcomposiet</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="62"/>
        <source>One band</source>
        <translation>Eén band</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="63"/>
        <source>Show</source>
        <translation>Weergeven</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <location filename="../ui/layer_actions.py" line="91"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Blue</source>
        <translation>Blauw</translation>
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
        <translation>Aan kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="131"/>
        <source>Add to map as</source>
        <translation>Aan kaart toevoegen als</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="137"/>
        <source>Choose bands…</source>
        <translation>Banden kiezen…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="85"/>
        <source>Logged in as {user}: session alive.</source>
        <translation>Aangemeld als {user}: sessie actief.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="87"/>
        <source>QGIS has no master password, so this login is kept in memory only: you will have to log in again after restarting QGIS.</source>
        <translation>QGIS heeft geen hoofdwachtwoord, dus deze aanmelding wordt alleen in het geheugen bewaard: u moet zich opnieuw aanmelden nadat QGIS opnieuw is gestart.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="92"/>
        <source>Your login is saved, encrypted, in the QGIS authentication database.</source>
        <translation>Uw aanmelding is versleuteld opgeslagen in de QGIS-authenticatiedatabase.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="95"/>
        <source>Your Terrascope login is saved, encrypted, in the QGIS authentication database: the plugin logs in by itself when something needs it.</source>
        <translation>Uw Terrascope-aanmelding is versleuteld opgeslagen in de QGIS-authenticatiedatabase: de plug-in meldt zich vanzelf aan wanneer dat nodig is.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="101"/>
        <source>Not logged in. Searching works without a login; downloading and streaming most data need one.</source>
        <translation>Niet aangemeld. Zoeken werkt zonder aanmelding; voor het downloaden en streamen van de meeste gegevens is er een nodig.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in to Terrascope</source>
        <translation>Aanmelden bij Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="140"/>
        <source>No web browser could be opened. Log in with your username and password instead.</source>
        <translation>Er kon geen webbrowser worden geopend. Meld u in plaats daarvan aan met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="154"/>
        <source>Waiting for the Terrascope login in the browser</source>
        <translation>Wachten op de Terrascope-aanmelding in de browser</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="155"/>
        <source>Log in to Terrascope in your web browser, then come back to QGIS.</source>
        <translation>Meld u in uw webbrowser aan bij Terrascope en kom daarna terug naar QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out of Terrascope</source>
        <translation>Afmelden bij Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out…</source>
        <translation>Afmelden…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="193"/>
        <source>Logging in failed unexpectedly ({kind}). Please report it.</source>
        <translation>Aanmelden is onverwacht mislukt ({kind}). Gelieve dit te melden.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="60"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="61"/>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="62"/>
        <source>Least cloudy first</source>
        <translation>Minst bewolkt eerst</translation>
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
        <translation>Bewolking</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="177"/>
        <source>Cloud cover</source>
        <translation>Bewolking</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Login</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="202"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="207"/>
        <source>Properties ({n})</source>
        <translation>Eigenschappen ({n})</translation>
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
        <translation>Nog niet gezocht.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="312"/>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="317"/>
        <source>Add the selected products to the map, streamed and styled (double-click a row does the same)</source>
        <translation>De geselecteerde producten gestreamd en gestileerd aan de kaart toevoegen (dubbelklikken op een rij doet hetzelfde)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="321"/>
        <location filename="../ui/results_panel.py" line="658"/>
        <source>Download…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="322"/>
        <source>Download files of the selected products</source>
        <translation>Bestanden van de geselecteerde producten downloaden</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="364"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="448"/>
        <source>{shown} products</source>
        <translation>{shown} producten</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="450"/>
        <source>No product matches.</source>
        <translation>Geen enkel product komt overeen.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="452"/>
        <source>{shown} of {matched} products</source>
        <translation>{shown} van {matched} producten</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="454"/>
        <source>(loading…)</source>
        <translation>(laden…)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="621"/>
        <source>Select one or more products to add to the map.</source>
        <translation>Selecteer een of meer producten om aan de kaart toe te voegen.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="660"/>
        <source>Zoom to product</source>
        <translation>Zoomen naar product</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="661"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="662"/>
        <source>Copy id</source>
        <translation>Id kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="694"/>
        <source>Terrascope · {collections} · {when}</source>
        <translation>Terrascope · {collections} · {when}</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="50"/>
        <source>Any date</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="51"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="52"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="53"/>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="54"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="55"/>
        <source>Custom dates</source>
        <translation>Aangepaste datums</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="119"/>
        <source>Filter collections…</source>
        <translation>Collecties filteren…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="132"/>
        <location filename="../ui/search_panel.py" line="239"/>
        <location filename="../ui/timeseries_dock.py" line="225"/>
        <source>Loading the collections…</source>
        <translation>Collecties laden…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="134"/>
        <source>Collections</source>
        <translation>Collecties</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="146"/>
        <source>Map canvas extent</source>
        <translation>Bereik van kaartvenster</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="147"/>
        <source>Draw a rectangle</source>
        <translation>Rechthoek tekenen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="148"/>
        <source>Draw a polygon</source>
        <translation>Polygoon tekenen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="149"/>
        <source>Layer extent</source>
        <translation>Laagbereik</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="150"/>
        <source>Selected features</source>
        <translation>Geselecteerde objecten</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="151"/>
        <source>Anywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="155"/>
        <source>Draw</source>
        <translation>Tekenen</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="160"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="171"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="138"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="171"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="139"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="172"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="186"/>
        <source>Largest cloud cover of a product; 100 % keeps every product.</source>
        <translation>Maximale bewolking van een product; bij 100 % blijven alle producten behouden.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="187"/>
        <source>Max. cloud</source>
        <translation>Max. bewolking</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="191"/>
        <source>More filters</source>
        <translation>Meer filters</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="198"/>
        <location filename="../ui/search_panel.py" line="340"/>
        <source>Choose one collection to filter on its properties.</source>
        <translation>Kies één collectie om op de eigenschappen ervan te filteren.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="212"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="214"/>
        <location filename="../ui/timeseries_dock.py" line="157"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="241"/>
        <location filename="../ui/timeseries_dock.py" line="226"/>
        <source>Loading the Terrascope collections</source>
        <translation>Terrascope-collecties laden</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="284"/>
        <source>The catalogue has no collections.</source>
        <translation>De catalogus heeft geen collecties.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="324"/>
        <source>The chosen collections have no cloud cover (not optical).</source>
        <translation>De gekozen collecties hebben geen bewolkingsgegevens (niet optisch).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="343"/>
        <source>Loading the filters of this collection…</source>
        <translation>Filters van deze collectie laden…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="346"/>
        <source>Loading the filters of {collection}</source>
        <translation>Filters van {collection} laden</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="364"/>
        <location filename="../ui/search_panel.py" line="380"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="373"/>
        <source>This collection has no other filters.</source>
        <translation>Deze collectie heeft geen andere filters.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="452"/>
        <source>Draw the search area on the map first (the Draw button).</source>
        <translation>Teken eerst het zoekgebied op de kaart (de knop Tekenen).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="465"/>
        <source>The whole catalogue, no area limit.</source>
        <translation>De volledige catalogus, zonder gebiedsbeperking.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="467"/>
        <source>Area: {km2} km²</source>
        <translation>Gebied: {km2} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="151"/>
        <source>Choose a place and run a series: its values appear here.</source>
        <translation>Kies een plaats en voer een reeks uit: de waarden ervan verschijnen hier.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>mean</source>
        <translation>gemiddelde</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="380"/>
        <source>min–max</source>
        <translation>min–max</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="382"/>
        <source>p10–p90</source>
        <translation>p10–p90</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="384"/>
        <source>gap (cloudy, no data)</source>
        <translation>hiaat (bewolkt, geen gegevens)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="386"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="388"/>
        <source>incomplete series</source>
        <translation>onvolledige reeks</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="457"/>
        <source>failed: {error}</source>
        <translation>mislukt: {error}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="458"/>
        <source>gap ({status})</source>
        <translation>hiaat ({status})</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="464"/>
        <source>min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}</source>
        <translation>min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="467"/>
        <source>{valid} of {total} pixels valid</source>
        <translation>{valid} van {total} pixels geldig</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="470"/>
        <source>Click to load this scene.</source>
        <translation>Klik om deze scène te laden.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="104"/>
        <source>The collection whose products make the series</source>
        <translation>De collectie waarvan de producten de reeks vormen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="105"/>
        <source>Collection</source>
        <translation>Collectie</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="109"/>
        <source>An index computed from the bands (NDVI…), the product&apos;s own value (NDVI, FAPAR…) or a band</source>
        <translation>Een index berekend uit de banden (NDVI…), de eigen waarde van het product (NDVI, FAPAR…) of een band</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="111"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="123"/>
        <source>From / to</source>
        <translation>Van / tot</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="129"/>
        <source>Skip products cloudier than this as a whole; clouds at the place are masked pixel by pixel</source>
        <translation>Producten overslaan die in hun geheel bewolkter zijn dan dit; wolken op de plaats zelf worden pixel per pixel gemaskeerd</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="131"/>
        <source>Max cloud cover</source>
        <translation>Max. bewolking</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="134"/>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="136"/>
        <source>Click a point on the map</source>
        <translation>Klik op een punt op de kaart</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Polygon</source>
        <translation>Polygoon</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Draw a polygon on the map: click its corners, right-click to finish</source>
        <translation>Teken een polygoon op de kaart: klik op de hoekpunten en klik met de rechtermuisknop om te voltooien</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="144"/>
        <source>Selected feature</source>
        <translation>Geselecteerd object</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="145"/>
        <source>Use the selected feature of the current layer</source>
        <translation>Het geselecteerde object van de actieve laag gebruiken</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="149"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="150"/>
        <source>No place yet.</source>
        <translation>Nog geen plaats.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="156"/>
        <source>Run</source>
        <translation>Uitvoeren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="178"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="179"/>
        <source>Export PNG…</source>
        <translation>PNG exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="317"/>
        <source>Select a point or polygon feature in a vector layer, and make that layer current.</source>
        <translation>Selecteer een punt- of polygoonobject in een vectorlaag en maak die laag actief.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="322"/>
        <source>No feature of the layer &quot;{name}&quot; is selected.</source>
        <translation>Er is geen object van de laag &quot;{name}&quot; geselecteerd.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="342"/>
        <source>Point at {lon:.5f}°, {lat:.5f}°</source>
        <translation>Punt op {lon:.5f}°, {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="344"/>
        <source>Polygon of {area:,.2f} km²</source>
        <translation>Polygoon van {area:,.2f} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="346"/>
        <source>Several points or a line: a series needs one point or a polygon.</source>
        <translation>Meerdere punten of een lijn: een reeks vereist één punt of een polygoon.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="392"/>
        <source>Choose a collection (they load when the panel opens).</source>
        <translation>Kies een collectie (de collecties worden geladen wanneer het paneel opent).</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="395"/>
        <source>Choose a place: click a point, draw a polygon or use a selected feature.</source>
        <translation>Kies een plaats: klik op een punt, teken een polygoon of gebruik een geselecteerd object.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="419"/>
        <source>Searching and reading the products…</source>
        <translation>Producten zoeken en lezen…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="471"/>
        <location filename="../ui/timeseries_dock.py" line="491"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="190"/>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="481"/>
        <source>The series stopped: {message} The {n} dates read before are kept in the chart.</source>
        <translation>De reeks is gestopt: {message} De {n} datums die daarvoor werden gelezen, blijven in de grafiek.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="503"/>
        <location filename="../ui/timeseries_dock.py" line="508"/>
        <source>Saved {path}.</source>
        <translation>{path} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="510"/>
        <source>{path} could not be written.</source>
        <translation>{path} kon niet worden geschreven.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>Export the time series</source>
        <translation>Tijdreeks exporteren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>Export the chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="548"/>
        <source>The product {id} has no raster file to show.</source>
        <translation>Het product {id} heeft geen rasterbestand om weer te geven.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="557"/>
        <source>Opening {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="594"/>
        <source>{name} could not be opened: log in to Terrascope and try again.</source>
        <translation>{name} kon niet worden geopend: meld u aan bij Terrascope en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="55"/>
        <source>WMTS (tiles)</source>
        <translation>WMTS (tegels)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="56"/>
        <source>WMS (maps)</source>
        <translation>WMS (kaarten)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="57"/>
        <source>Terrascope&apos;s tiled WMTS, or its WMS (any map size and CRS)</source>
        <translation>De getegelde WMTS van Terrascope, of de WMS ervan (elke kaartgrootte en elk CRS)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="60"/>
        <source>Ask the service for its layers again</source>
        <translation>De lagen opnieuw opvragen bij de service</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="62"/>
        <source>Filter layers by title or name</source>
        <translation>Lagen filteren op titel of naam</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="73"/>
        <source>The dates that have data for this layer</source>
        <translation>De datums met gegevens voor deze laag</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="77"/>
        <source>Pick any day: the nearest date with data is chosen</source>
        <translation>Kies een willekeurige dag: de dichtstbijzijnde datum met gegevens wordt gekozen</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="78"/>
        <source>Follow the Temporal Controller</source>
        <translation>Temporele beheerder volgen</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="81"/>
        <source>The layer shows the date with data that fits the Temporal Controller&apos;s frame; the date above is shown while the controller is off.</source>
        <translation>De laag toont de datum met gegevens die past bij het frame van de Temporele beheerder; de datum hierboven wordt getoond zolang de beheerder uitgeschakeld is.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="99"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="155"/>
        <source>Loading the layers of the Terrascope {service}</source>
        <translation>Lagen van de {service} van Terrascope laden</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="192"/>
        <source>Loading the layers…</source>
        <translation>Lagen laden…</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="194"/>
        <source>Use the reload button to try again.</source>
        <translation>Gebruik de knop Opnieuw laden om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="196"/>
        <source>The service offers no layer.</source>
        <translation>De service biedt geen lagen aan.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="215"/>
        <source>{count} dates with data, {first} to {last}</source>
        <translation>{count} datums met gegevens, van {first} tot {last}</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="297"/>
        <source>Choose a layer first.</source>
        <translation>Kies eerst een laag.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="312"/>
        <source>Added &quot;{name}&quot; to the map.</source>
        <translation>&quot;{name}&quot; aan de kaart toegevoegd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="11"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="12"/>
        <source>Raster analysis</source>
        <translation>Rasteranalyse</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="58"/>
        <source>Clip raster</source>
        <translation>Raster clippen</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="61"/>
        <source>&lt;p&gt;Clips a raster (every band) by polygons of a layer, by an extent, or by both.&lt;/p&gt;&lt;p&gt;The output keeps the raster&apos;s pixels and pixel size: it is cropped to the pixels lying wholly inside the bounding box of the polygons, and pixels whose centre is outside them (or, with &lt;i&gt;all touched&lt;/i&gt;, pixels the polygons do not touch) get the no-data value. Polygons and extents in another CRS are reprojected to the raster&apos;s: the raster is never resampled. Only the needed part of the raster is read, tile row by tile row.&lt;/p&gt;&lt;p&gt;No-data value outside: the one given, else the raster&apos;s own, else 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Clipt een raster (alle banden) op polygonen van een laag, op een bereik, of op beide.&lt;/p&gt;&lt;p&gt;De uitvoer behoudt de pixels en de pixelgrootte van het raster: ze wordt bijgesneden tot de pixels die volledig binnen het omsluitende vak van de polygonen liggen, en pixels waarvan het middelpunt erbuiten ligt (of, met &lt;i&gt;all touched&lt;/i&gt;, pixels die de polygonen niet raken) krijgen de NoData-waarde. Polygonen en bereiken in een ander CRS worden naar dat van het raster geherprojecteerd: het raster wordt nooit herbemonsterd. Alleen het benodigde deel van het raster wordt gelezen, rij tegels per rij tegels.&lt;/p&gt;&lt;p&gt;NoData-waarde buiten: de opgegeven waarde, anders die van het raster zelf, anders 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="73"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="76"/>
        <source>Mask polygons</source>
        <translation>Maskerpolygonen</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="79"/>
        <source>Extent</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="82"/>
        <source>No-data value outside</source>
        <translation>NoData-waarde buiten</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="88"/>
        <source>Keep every pixel the polygons touch</source>
        <translation>Elke pixel behouden die de polygonen raken</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="95"/>
        <location filename="../processing_provider/index_algorithm.py" line="180"/>
        <source>Cloud-Optimized GeoTIFF (with overviews)</source>
        <translation>Cloud-Optimized GeoTIFF (met overzichten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="98"/>
        <source>Clipped</source>
        <translation>Geclipt</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="105"/>
        <source>Choose the raster to clip.</source>
        <translation>Kies het raster om te clippen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="112"/>
        <source>Give a mask polygon layer or an extent to clip by.</source>
        <translation>Geef een maskerpolygoonlaag of een bereik op om mee te clippen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="122"/>
        <source>The mask layer has no feature: there is nothing to clip by.</source>
        <translation>De maskerlaag heeft geen objecten: er is niets om mee te clippen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="129"/>
        <source>The extent is empty.</source>
        <translation>Het bereik is leeg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="138"/>
        <source>The mask polygons and the extent do not overlap.</source>
        <translation>De maskerpolygonen en het bereik overlappen niet.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="83"/>
        <source>Download products</source>
        <translation>Producten downloaden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="86"/>
        <source>&lt;p&gt;Downloads files of the products listed in a footprint layer (the output of &lt;i&gt;Search the catalogue&lt;/i&gt;: its &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; and &lt;i&gt;stac_url&lt;/i&gt; fields; tick &lt;i&gt;Selected features only&lt;/i&gt; to take the selection).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: asset keys separated by commas, such as &lt;i&gt;B04,B08&lt;/i&gt;; empty: every data file. Files go to &lt;i&gt;folder/collection/product id/file&lt;/i&gt;. Each file is written as &lt;i&gt;.part&lt;/i&gt; and renamed when it is complete and matches the checksum or size the catalogue gives; an interrupted download resumes where it stopped, and files already there are not fetched again unless &lt;i&gt;Overwrite&lt;/i&gt; is ticked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clip&lt;/b&gt;: with an extent or mask polygons, GeoTIFF files are clipped while downloading: only the part covering the area is transferred, written as &lt;i&gt;file_clip.tif&lt;/i&gt; with no-data outside the polygons; products outside the area are left out.&lt;/p&gt;&lt;p&gt;Most Terrascope data needs a login: log in in the Terrascope panel first (QGIS keeps it).&lt;/p&gt;&lt;p&gt;Outputs: a table of the files (product, asset, status, path, bytes, message) and the list of raster files, for the next algorithm of a model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Downloadt bestanden van de producten in een footprintlaag (de uitvoer van &lt;i&gt;Catalogus doorzoeken&lt;/i&gt;: de velden &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; en &lt;i&gt;stac_url&lt;/i&gt; ervan; vink &lt;i&gt;Alleen geselecteerde objecten&lt;/i&gt; aan om de selectie te gebruiken).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: assetsleutels gescheiden door komma&apos;s, zoals &lt;i&gt;B04,B08&lt;/i&gt;; leeg: alle gegevensbestanden. Bestanden komen in &lt;i&gt;map/collectie/product-id/bestand&lt;/i&gt;. Elk bestand wordt eerst als &lt;i&gt;.part&lt;/i&gt; weggeschreven en hernoemd zodra het volledig is en overeenkomt met de controlesom of grootte die de catalogus opgeeft; een onderbroken download wordt hervat waar hij gestopt is, en bestanden die al aanwezig zijn, worden niet opnieuw opgehaald, tenzij &lt;i&gt;Al gedownloade bestanden overschrijven&lt;/i&gt; is aangevinkt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clippen&lt;/b&gt;: met een bereik of maskerpolygonen worden GeoTIFF-bestanden tijdens het downloaden geclipt: alleen het deel dat het gebied dekt, wordt overgedragen en weggeschreven als &lt;i&gt;file_clip.tif&lt;/i&gt;, met NoData buiten de polygonen; producten buiten het gebied worden overgeslagen.&lt;/p&gt;&lt;p&gt;Voor de meeste Terrascope-gegevens is een aanmelding nodig: meld u eerst aan in het Terrascope-paneel (QGIS onthoudt de aanmelding).&lt;/p&gt;&lt;p&gt;Uitvoer: een tabel van de bestanden (product, asset, status, pad, bytes, bericht) en de lijst van rasterbestanden, voor het volgende algoritme van een model.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="105"/>
        <source>Products (footprints)</source>
        <translation>Producten (footprints)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="109"/>
        <source>Assets (keys separated by commas; empty: every data file)</source>
        <translation>Assets (sleutels gescheiden door komma&apos;s; leeg: alle gegevensbestanden)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="112"/>
        <source>Clip to extent</source>
        <translation>Clippen op bereik</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="115"/>
        <source>Clip to polygons</source>
        <translation>Clippen op polygonen</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="121"/>
        <source>Overwrite files already downloaded</source>
        <translation>Al gedownloade bestanden overschrijven</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="133"/>
        <source>Downloaded files</source>
        <translation>Gedownloade bestanden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="139"/>
        <source>Raster files</source>
        <translation>Rasterbestanden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="140"/>
        <source>Files in place</source>
        <translation>Aanwezige bestanden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="141"/>
        <source>Files that failed</source>
        <translation>Mislukte bestanden</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="152"/>
        <source>The input layer needs the fields &quot;id&quot; and &quot;collection&quot;: use the footprints written by &quot;Search the catalogue&quot;.</source>
        <translation>De invoerlaag heeft de velden &quot;id&quot; en &quot;collection&quot; nodig: gebruik de footprints die &quot;Catalogus doorzoeken&quot; heeft weggeschreven.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="171"/>
        <source>Downloading {n} files ({size:.1f} MB known) to {folder}…</source>
        <translation>{n} bestanden ({size:.1f} MB bekend) downloaden naar {folder}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="211"/>
        <source>{n} of {total} files in place.</source>
        <translation>{n} van {total} bestanden aanwezig.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="227"/>
        <source>The clip polygon layer has no features (or none is selected).</source>
        <translation>De clippolygoonlaag heeft geen objecten (of er is er geen geselecteerd).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="233"/>
        <source>The clip extent is empty.</source>
        <translation>Het clipbereik is leeg.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="255"/>
        <source>The input layer has no products (or none is selected).</source>
        <translation>De invoerlaag bevat geen producten (of er is er geen geselecteerd).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="64"/>
        <source>Spectral index</source>
        <translation>Spectrale index</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="67"/>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask. Give the bands of one product: two rasters of the same band are an error.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s, unless a scale is given. The output is in the CRS most bands are in (the first band&apos;s on a tie), on the pixels of the finest input in that CRS (or in the chosen CRS and pixel size), over the area all inputs cover; the other inputs are resampled and reprojected on the fly. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent een spectrale index uit bandrasters (gedownloade Terrascope-bestanden of geladen productlagen) of uit één multibandraster, en schrijft die weg als float32-GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bandrasters&lt;/b&gt;: één bestand per band; elk wordt herkend aan de naam (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) of aan de bandbeschrijving. De sensorvoorinstelling bepaalt welke band welke is. Een Sentinel-2-&lt;i&gt;SCL&lt;/i&gt;-raster daartussen wordt als wolkenmasker gebruikt. Geef de banden van één product op: twee rasters van dezelfde band zijn een fout.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multibandraster&lt;/b&gt;: de banden ervan worden gevonden via de bandtoewijzing (zoals &lt;i&gt;red=3, nir=4&lt;/i&gt;), anders via hun beschrijvingen, anders via de bandvolgorde van de sensor als het aantal banden overeenkomt.&lt;/p&gt;&lt;p&gt;Digitale getallen worden omgezet in reflectantie met de eigen schaal en offset van het raster, anders met die van de sensor, tenzij een schaal is opgegeven. De uitvoer staat in het CRS waarin de meeste banden staan (bij gelijkspel dat van de eerste band), op de pixels van de fijnste invoer in dat CRS (of in het gekozen CRS en de gekozen pixelgrootte), over het gebied dat alle invoer dekt; de andere invoer wordt direct herbemonsterd en geherprojecteerd. Pixels waar een invoer geen gegevens heeft, waar de scèneclassificatie tot een van de gemaskeerde klassen behoort (standaard: geen gegevens, defect, wolkenschaduw, wolken, cirrus), of waar een noemer nul is, krijgen de NoData-waarde van de uitvoer.&lt;/p&gt;</translation>
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
        <translation>&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt;:&lt;/p&gt;{}</translation>
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
        <translation>Bandrasters (één per band)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="104"/>
        <source>Multiband raster</source>
        <translation>Multibandraster</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="109"/>
        <source>Band mapping of the multiband raster (such as red=3, nir=4)</source>
        <translation>Bandtoewijzing van het multibandraster (zoals red=3, nir=4)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="115"/>
        <source>Scene classification for the cloud mask (Sentinel-2 SCL)</source>
        <translation>Scèneclassificatie voor het wolkenmasker (Sentinel-2 SCL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="122"/>
        <source>Masked scene classes</source>
        <translation>Gemaskeerde scèneklassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="132"/>
        <source>Reflectance scale (0: the raster&apos;s own, else the sensor&apos;s)</source>
        <translation>Reflectantieschaal (0: die van het raster zelf, anders die van de sensor)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="143"/>
        <source>Reflectance offset (with a scale other than 0)</source>
        <translation>Reflectantie-offset (bij een schaal anders dan 0)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="150"/>
        <source>Resampling of coarser bands</source>
        <translation>Herbemonstering van grovere banden</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="155"/>
        <source>Output CRS (default: the one most bands are in)</source>
        <translation>CRS van de uitvoer (standaard: dat van de meeste banden)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="163"/>
        <source>Output pixel size (0: the finest input&apos;s in the output CRS)</source>
        <translation>Pixelgrootte van de uitvoer (0: die van de fijnste invoer in het CRS van de uitvoer)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="173"/>
        <source>Output no-data value</source>
        <translation>NoData-waarde van de uitvoer</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="195"/>
        <source>Give the band rasters, or a multiband raster: {} needs the bands {}.</source>
        <translation>Geef de bandrasters op, of een multibandraster: {} heeft de banden {} nodig.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="206"/>
        <source>The band mapping or the masked classes cannot be read: {}.</source>
        <translation>De bandtoewijzing of de gemaskeerde klassen kunnen niet worden gelezen: {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="228"/>
        <source>{}: band {} of {}</source>
        <translation>{}: band {} van {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="232"/>
        <source>The bands {bands} hold integers (up to {largest:g}) read as reflectance with scale 1: {index} expects reflectance from 0 to 1, and its values will be wrong. Choose the sensor, or give the reflectance scale (such as 0.0001 for Sentinel-2 digital numbers).</source>
        <translation>De banden {bands} bevatten gehele getallen (tot {largest:g}) die met schaal 1 als reflectantie worden gelezen: {index} verwacht reflectantie van 0 tot 1, en de waarden ervan zullen fout zijn. Kies de sensor, of geef de reflectantieschaal op (zoals 0.0001 voor digitale getallen van Sentinel-2).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="245"/>
        <source>Cloud mask: classes {} of {}</source>
        <translation>Wolkenmasker: klassen {} van {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="59"/>
        <source>The layer &quot;{}&quot; is not a file raster (provider {}); save it as a GeoTIFF first.</source>
        <translation>De laag &quot;{}&quot; is geen bestandsraster (provider {}); sla ze eerst op als GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="69"/>
        <source>The output must be a GeoTIFF file (.tif), not {}.</source>
        <translation>De uitvoer moet een GeoTIFF-bestand (.tif) zijn, geen {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="85"/>
        <source>Compression</source>
        <translation>Compressie</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;Compression&lt;/b&gt;: &lt;i&gt;ZSTD&lt;/i&gt; is fast, read by QGIS and GDAL 2.3 or later; &lt;i&gt;DEFLATE&lt;/i&gt; is read by every GIS, and slower; &lt;i&gt;NONE&lt;/i&gt; is the fastest and gives the largest files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compressie&lt;/b&gt;: &lt;i&gt;ZSTD&lt;/i&gt; is snel, leesbaar door QGIS en GDAL 2.3 of later; &lt;i&gt;DEFLATE&lt;/i&gt; is leesbaar door elk GIS, en trager; &lt;i&gt;NONE&lt;/i&gt; is het snelst en geeft de grootste bestanden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="174"/>
        <source>Feature {id} of &quot;{layer}&quot; has an invalid geometry. Repair it (Fix geometries), or set Processing to skip or keep invalid input features.</source>
        <translation>Object {id} van &quot;{layer}&quot; heeft een ongeldige geometrie. Repareer het (Geometrieën repareren), of stel Processing in om ongeldige invoerobjecten over te slaan of te behouden.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="20"/>
        <source>Terrascope (VITO Earth observation)</source>
        <translation>Terrascope (aardobservatie door VITO)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="68"/>
        <source>The filter &quot;{part}&quot; is not of the form property=value.</source>
        <translation>De filter &quot;{part}&quot; heeft niet de vorm eigenschap=waarde.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="106"/>
        <source>Search the catalogue</source>
        <translation>Catalogus doorzoeken</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="109"/>
        <source>&lt;p&gt;Searches the Terrascope STAC catalogue and writes the footprints of the products found as polygons (WGS 84), with their id, collection, date and time, tile, cloud cover, platform, title and the addresses of their thumbnail and STAC record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: one or more ids separated by commas, such as &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Area&lt;/b&gt;: an extent, or the features of a layer (tick &lt;i&gt;Selected features only&lt;/i&gt; to use the selection); any CRS. &lt;b&gt;Dates&lt;/b&gt; include both days. &lt;b&gt;Maximum cloud cover&lt;/b&gt; applies to optical collections. &lt;b&gt;Filters&lt;/b&gt;: &lt;i&gt;property=value&lt;/i&gt; pairs separated by semicolons, such as &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (also &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, or any STAC property name).&lt;/p&gt;&lt;p&gt;Every matching product is written (several tiles of the same day included), up to the maximum number of products (0: no limit).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Doorzoekt de STAC-catalogus van Terrascope en schrijft de footprints van de gevonden producten weg als polygonen (WGS 84), met hun id, collectie, datum en tijd, tegel, bewolking, platform, titel en de adressen van hun miniatuur en STAC-record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collecties&lt;/b&gt;: een of meer id&apos;s gescheiden door komma&apos;s, zoals &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Gebied&lt;/b&gt;: een bereik, of de objecten van een laag (vink &lt;i&gt;Alleen geselecteerde objecten&lt;/i&gt; aan om de selectie te gebruiken); elk CRS is mogelijk. &lt;b&gt;Datums&lt;/b&gt;: beide dagen zijn inbegrepen. &lt;b&gt;Maximale bewolking&lt;/b&gt; geldt voor optische collecties. &lt;b&gt;Filters&lt;/b&gt;: paren &lt;i&gt;eigenschap=waarde&lt;/i&gt; gescheiden door puntkomma&apos;s, zoals &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (ook &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, of elke naam van een STAC-eigenschap).&lt;/p&gt;&lt;p&gt;Elk overeenkomend product wordt weggeschreven (ook meerdere tegels van dezelfde dag), tot het maximale aantal producten (0: geen limiet).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="128"/>
        <source>Collections (ids, separated by commas)</source>
        <translation>Collecties (id&apos;s, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="132"/>
        <source>Area (extent)</source>
        <translation>Gebied (bereik)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="135"/>
        <source>Area (features of a layer)</source>
        <translation>Gebied (objecten van een laag)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="143"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale bewolking (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="151"/>
        <source>Filters (property=value; …)</source>
        <translation>Filters (eigenschap=waarde; …)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="156"/>
        <source>Maximum number of products (0: all)</source>
        <translation>Maximaal aantal producten (0: alle)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="162"/>
        <source>Footprints</source>
        <translation>Footprints</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="191"/>
        <source>Searching {collections}…</source>
        <translation>{collections} doorzoeken…</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="212"/>
        <source>{count} of {matched} matching products written.</source>
        <translation>{count} van {matched} overeenkomende producten weggeschreven.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="222"/>
        <source>The area layer has no features (or none is selected).</source>
        <translation>De gebiedslaag heeft geen objecten (of er is er geen geselecteerd).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="107"/>
        <source>Not read: the run stopped on an earlier feature. {message}</source>
        <translation>Niet gelezen: de uitvoering stopte bij een eerder object. {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="131"/>
        <source>Time series of an indicator</source>
        <translation>Tijdreeks van een indicator</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="134"/>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands (see the list below), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;A feature whose whole series failed (outside every product, no product in the period, every product unreadable) gets one row without a date: the status &lt;i&gt;nodata&lt;/i&gt; or &lt;i&gt;failed&lt;/i&gt;, and the reason in &lt;i&gt;error&lt;/i&gt;. A run that did not go to its end has a row with the status &lt;i&gt;cancelled&lt;/i&gt; or &lt;i&gt;incomplete&lt;/i&gt; after the rows read for a feature, and one for each feature it did not reach: such a table is not a whole series.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Volgt voor elk punt of elke polygoon van de invoerlaag een indicator in de opeenvolgende producten van een collectie: één rij per product en object, met de datum, de waarde, het aantal geldige pixels en de product-id. Uit de bestanden van elk product worden alleen de benodigde pixels gelezen (geen download, geen laag).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: een index berekend uit de banden (zie de lijst hieronder), de eigen waarde van het product (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; van die collecties) of een band (&lt;i&gt;B04&lt;/i&gt;, of de gangbare naam ervan, &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Op een punt is de waarde die van de pixel; over een polygoon is het het gemiddelde van de pixels waarvan het middelpunt erbinnen ligt, met minimum, maximum, 10e en 90e percentiel en standaardafwijking. Met &lt;b&gt;wolken maskeren&lt;/b&gt; worden pixels weggelaten die de scèneclassificatie (SCL) aanmerkt als geen gegevens, defect, wolkenschaduw, wolk of cirrus; sneeuw blijft behouden. Een datum zonder enige geldige pixel is een hiaat: een lege waarde met de status &lt;i&gt;cloudy&lt;/i&gt; of &lt;i&gt;nodata&lt;/i&gt;, nooit 0. Een product dat niet kan worden gelezen, krijgt de status &lt;i&gt;failed&lt;/i&gt; en de reden in &lt;i&gt;error&lt;/i&gt;; de andere worden toch weggeschreven.&lt;/p&gt;&lt;p&gt;Een object waarvan de hele reeks mislukte (buiten elk product, geen product in de periode, geen enkel product leesbaar), krijgt één rij zonder datum: de status &lt;i&gt;nodata&lt;/i&gt; of &lt;i&gt;failed&lt;/i&gt;, en de reden in &lt;i&gt;error&lt;/i&gt;. Een uitvoering die niet tot het einde ging, heeft een rij met de status &lt;i&gt;cancelled&lt;/i&gt; of &lt;i&gt;incomplete&lt;/i&gt; na de rijen die voor een object werden gelezen, en één voor elk object dat ze niet bereikte: zo&apos;n tabel is geen volledige reeks.&lt;/p&gt;&lt;p&gt;Vereist een Terrascope-aanmelding (Terrascope-paneel of &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="160"/>
        <source>Collection (id)</source>
        <translation>Collectie (id)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="165"/>
        <source>Indicator (index, product or band)</source>
        <translation>Indicator (index, product of band)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="169"/>
        <source>Points or polygons</source>
        <translation>Punten of polygonen</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="176"/>
        <source>Maximum cloud cover of a product (%)</source>
        <translation>Maximale bewolking van een product (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="186"/>
        <source>Mask clouds with the scene classification</source>
        <translation>Wolken maskeren met de scèneclassificatie</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="191"/>
        <source>Rows written</source>
        <translation>Geschreven rijen</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="192"/>
        <source>Rows of products or features that failed</source>
        <translation>Rijen van mislukte producten of objecten</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="193"/>
        <source>Features whose series is incomplete</source>
        <translation>Objecten met een onvolledige reeks</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="211"/>
        <source>The input layer has no features with a geometry (or none selected).</source>
        <translation>De invoerlaag heeft geen objecten met een geometrie (of er is er geen geselecteerd).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="231"/>
        <source>Not read: the run was cancelled before this feature.</source>
        <translation>Niet gelezen: de uitvoering werd vóór dit object geannuleerd.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="252"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="262"/>
        <source>Feature {id}: {message}</source>
        <translation>Object {id}: {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="270"/>
        <source>Feature {id}: {summary}</source>
        <translation>Object {id}: {summary}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s (Sentinel-2 0.0001, PROBA-V 0.0005), unless a scale is given. Inputs of different pixel sizes or CRSs are resampled on the fly to the finest input&apos;s grid (or the chosen CRS and pixel size), over the area all inputs cover. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;&lt;p&gt;Indices:&lt;/p&gt;{}</source>
        <translation type="vanished">&lt;p&gt;Berekent een spectrale index uit bandrasters (gedownloade Terrascope-bestanden of geladen productlagen) of uit één multibandraster, en schrijft die weg als float32-GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bandrasters&lt;/b&gt;: één bestand per band; elk wordt herkend aan de naam (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) of aan de bandbeschrijving. De sensorvoorinstelling bepaalt welke band welke is. Een Sentinel-2-&lt;i&gt;SCL&lt;/i&gt;-raster daartussen wordt als wolkenmasker gebruikt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multibandraster&lt;/b&gt;: de banden ervan worden gevonden via de bandtoewijzing (zoals &lt;i&gt;red=3, nir=4&lt;/i&gt;), anders via hun beschrijvingen, anders via de bandvolgorde van de sensor als het aantal banden overeenkomt.&lt;/p&gt;&lt;p&gt;Digitale getallen worden omgezet in reflectantie met de eigen schaal en offset van het raster, anders met die van de sensor (Sentinel-2 0.0001, PROBA-V 0.0005), tenzij een schaal is opgegeven. Invoer met verschillende pixelgroottes of CRS&apos;en wordt direct herbemonsterd naar het grid van de fijnste invoer (of naar het gekozen CRS en de gekozen pixelgrootte), over het gebied dat alle invoer dekt. Pixels waar een invoer geen gegevens heeft, waar de scèneclassificatie tot een van de gemaskeerde klassen behoort (standaard: geen gegevens, defect, wolkenschaduw, wolken, cirrus), of waar een noemer nul is, krijgen de NoData-waarde van de uitvoer.&lt;/p&gt;&lt;p&gt;Indices:&lt;/p&gt;{}</translation>
    </message>
    <message>
        <source>Output CRS (default: the finest input&apos;s)</source>
        <translation type="vanished">CRS van de uitvoer (standaard: dat van de fijnste invoer)</translation>
    </message>
    <message>
        <source>Output pixel size (0: the finest input&apos;s)</source>
        <translation type="vanished">Pixelgrootte van de uitvoer (0: die van de fijnste invoer)</translation>
    </message>
    <message>
        <source>ZSTD (fast; read by QGIS and GDAL 2.3 or later)</source>
        <translation type="vanished">ZSTD (snel; leesbaar door QGIS en GDAL 2.3 of later)</translation>
    </message>
    <message>
        <source>DEFLATE (read by every GIS; slower)</source>
        <translation type="vanished">DEFLATE (leesbaar door elk GIS; trager)</translation>
    </message>
    <message>
        <source>None (fastest, largest files)</source>
        <translation type="vanished">Geen (snelst, grootste bestanden)</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands ({indices}), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Volgt voor elk punt of elke polygoon van de invoerlaag een indicator in de opeenvolgende producten van een collectie: één rij per product en object, met de datum, de waarde, het aantal geldige pixels en de product-id. Uit de bestanden van elk product worden alleen de benodigde pixels gelezen (geen download, geen laag).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: een index berekend uit de banden ({indices}), de eigen waarde van het product (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; van die collecties) of een band (&lt;i&gt;B04&lt;/i&gt;, of de gangbare naam ervan, &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Op een punt is de waarde die van de pixel; over een polygoon is het het gemiddelde van de pixels waarvan het middelpunt erbinnen ligt, met minimum, maximum, 10e en 90e percentiel en standaardafwijking. Met &lt;b&gt;wolken maskeren&lt;/b&gt; worden pixels weggelaten die de scèneclassificatie (SCL) aanmerkt als geen gegevens, defect, wolkenschaduw, wolk of cirrus; sneeuw blijft behouden. Een datum zonder enige geldige pixel is een hiaat: een lege waarde met de status &lt;i&gt;cloudy&lt;/i&gt; of &lt;i&gt;nodata&lt;/i&gt;, nooit 0. Een product dat niet kan worden gelezen, krijgt de status &lt;i&gt;failed&lt;/i&gt; en de reden in &lt;i&gt;error&lt;/i&gt;; de andere worden toch weggeschreven.&lt;/p&gt;&lt;p&gt;Vereist een Terrascope-aanmelding (Terrascope-paneel of &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the answer was lost</source>
        <translation type="vanished">het antwoord ging verloren</translation>
    </message>
    <message>
        <source>Choose a folder to download to.</source>
        <translation type="vanished">Kies een map om naar te downloaden.</translation>
    </message>
    <message>
        <source>The {band} file of {product} could not be read ({reason}). Try again later.</source>
        <translation type="vanished">Het bestand van band {band} van {product} kon niet worden gelezen ({reason}). Probeer het later opnieuw.</translation>
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
        <translation>Aanmelding</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="60"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="68"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="76"/>
        <source>Web services</source>
        <translation>Webservices</translation>
    </message>
</context>
<context>
    <name>TerrascopeLoginPanel</name>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="21"/>
        <source>Not logged in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="49"/>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="59"/>
        <source>username or e-mail</source>
        <translation>gebruikersnaam of e-mailadres</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="66"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="79"/>
        <source>Keep the login in the QGIS authentication database, encrypted with your master password, and log in silently next time</source>
        <translation>De aanmelding bewaren in de QGIS-authenticatiedatabase, versleuteld met uw hoofdwachtwoord, en de volgende keer automatisch aanmelden</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="82"/>
        <source>Remember me</source>
        <translation>Mij onthouden</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="97"/>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="107"/>
        <source>Log in on the Terrascope website in your web browser (for accounts without a password)</source>
        <translation>Aanmelden op de Terrascope-website in uw webbrowser (voor accounts zonder wachtwoord)</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="110"/>
        <source>Browser login…</source>
        <translation>Aanmelden via browser…</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="117"/>
        <source>Log out</source>
        <translation>Afmelden</translation>
    </message>
</context>
</TS>
