<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>TerrascopeExplorer</name>
    <message>
        <location filename="../plugin.py" line="54"/>
        <source>The Processing provider &quot;Terrascope&quot; could not be registered: another plugin probably uses the id &quot;terrascope&quot;. Disable that plugin, then enable Terrascope Explorer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="71"/>
        <source>Terrascope Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="73"/>
        <source>Show or hide the Terrascope Explorer panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>&amp;Terrascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="79"/>
        <source>Terrascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../api.py" line="181"/>
        <source>({n} more files failed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The Terrascope login could not be saved in the QGIS authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="155"/>
        <source>Your saved Terrascope login could not be read: enter the QGIS master password when QGIS asks for it, or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="357"/>
        <location filename="../ui/login_panel.py" line="113"/>
        <source>Enter your Terrascope username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="483"/>
        <source>You are not logged in to Terrascope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="504"/>
        <location filename="../core/auth.py" line="693"/>
        <location filename="../ui/login_panel.py" line="100"/>
        <source>Your Terrascope session has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="513"/>
        <source>You are not logged in to Terrascope. Log in in the Terrascope panel or with api.login().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="521"/>
        <source>Terrascope no longer accepts your saved username and password. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="558"/>
        <source>You logged out while Terrascope was signing you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="612"/>
        <source>Refreshing the Terrascope session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="619"/>
        <source>The Terrascope session could not be refreshed in the background ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="645"/>
        <source>The Terrascope sign-in service sent an answer the plugin cannot use. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="691"/>
        <source>Wrong Terrascope username or password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="696"/>
        <source>The browser login could not be completed ({reason}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="703"/>
        <source>The Terrascope sign-in service refused this plugin ({reason}). Update the plugin or report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="99"/>
        <source>The browser login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="102"/>
        <source>The browser login took more than {minutes:g} minutes. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="125"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Login not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Start the login again from QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="133"/>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="134"/>
        <source>Terrascope refused the browser login ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="142"/>
        <source>You are logged in to Terrascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="143"/>
        <source>You can close this tab and go back to QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="87"/>
        <source>The search area cannot be converted from {crs} to WGS 84. Check its CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="141"/>
        <source>Choose a valid layer for the search area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="147"/>
        <source>No feature of the layer &quot;{name}&quot; is selected. Select some, or use the layer&apos;s extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="173"/>
        <source>Give only one search area: bbox, geometry or layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="182"/>
        <source>bbox must be four numbers: west, south, east, north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="185"/>
        <source>bbox must be west, south, east, north, with west ≤ east and south ≤ north.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="200"/>
        <source>The search geometry cannot be read (give a QgsGeometry, WKT or GeoJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="208"/>
        <source>There is no layer &quot;{name}&quot; in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="255"/>
        <location filename="../ui/search_panel.py" line="514"/>
        <source>Choose at least one collection to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="259"/>
        <source>The end date ({end}) is before the start date ({start}). Swap them or change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="264"/>
        <source>The maximum cloud cover must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="266"/>
        <source>The page size must be between 1 and {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="271"/>
        <source>The search area is empty. Draw an area, or choose a layer with features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="276"/>
        <source>The search area lies outside the Earth (latitude beyond ±90°). Check its CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="281"/>
        <source>The search area is too large ({area:,.0f} km², at most {limit:,.0f} km²). Zoom in or draw a smaller area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="350"/>
        <location filename="../core/catalogue.py" line="356"/>
        <source>{value!r} is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="444"/>
        <source>The Terrascope STAC catalogue sent search results the plugin cannot read ({error}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="570"/>
        <source>The OpenSearch catalogue&apos;s collections are not listed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="599"/>
        <source>The OpenSearch catalogue has no collection {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="677"/>
        <source>The Terrascope STAC catalogue sent an answer the plugin cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="696"/>
        <source>The Terrascope STAC catalogue could not be reached ({reason}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="703"/>
        <source>The Terrascope STAC catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later; if it persists, check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="711"/>
        <source>Searching the Terrascope STAC catalogue failed ({error}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="62"/>
        <location filename="../core/clip.py" line="71"/>
        <source>The mask has no polygon: it is empty, or its features have no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="85"/>
        <source>The mask does not overlap the raster {}: nothing is left to clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="133"/>
        <source>band {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="141"/>
        <source>The bands of {} have different data types; clip them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="177"/>
        <source>The no-data value {} does not fit the {} pixels of {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="54"/>
        <source>This feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="55"/>
        <source>{feature} needs the Python package {package}, which this QGIS installation lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="66"/>
        <source>On Windows, run the OSGeo4W Setup (&quot;Advanced Install&quot;), select the package {debian} and finish; with the standalone QGIS installer, open the &quot;OSGeo4W Shell&quot; from the Start menu and run &quot;python -m pip install {package}&quot;. Then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="72"/>
        <source>On macOS, open Terminal and install it into the Python of QGIS: &quot;/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}&quot; (use the name of your QGIS application, for example QGIS-LTR.app). Then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="77"/>
        <source>On Debian or Ubuntu, install the package {debian} (&quot;sudo apt install {debian}&quot;); on other Linux distributions, the {package} package of the distribution. Then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="30"/>
        <source>Downloading {n} Terrascope files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="55"/>
        <source>The download failed because of an error in the plugin ({kind}). The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="134"/>
        <source>The {what} &quot;{name}&quot; given by the server is not a plain name and would leave the download folder; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="136"/>
        <location filename="../core/downloads.py" line="142"/>
        <location filename="../core/downloads.py" line="435"/>
        <location filename="../core/downloads.py" line="721"/>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="141"/>
        <source>The {what} &quot;{name}&quot; given by the server cannot be used as a file name; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="264"/>
        <source>The clip area cannot be read: give a QgsGeometry, a QgsRectangle, WKT, GeoJSON or a bbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="270"/>
        <source>The clip area is empty or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="272"/>
        <source>The clip area must be a polygon or an extent with an area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="304"/>
        <source>{asset} of {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="377"/>
        <source>Select at least one product to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="380"/>
        <source>Choose a folder to download to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="384"/>
        <source>Choose at least one asset to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="392"/>
        <source>No selected product has the asset {missing}; they have: {available}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="404"/>
        <source>{item} lies outside the clip area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="408"/>
        <source>{item} has no data files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="412"/>
        <source>{item} has no asset &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="429"/>
        <source>{label} has no web address to download from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="433"/>
        <source>collection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="434"/>
        <source>product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="444"/>
        <source>{label} would be written outside the download folder ({path}); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="860"/>
        <source>The disk is full: {label} could not be written to {folder}. Free some space or choose another folder; what was downloaded is kept and the download resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="865"/>
        <source>{label} cannot be written to {folder}: permission denied. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="867"/>
        <source>{label} could not be written to {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="966"/>
        <source>Not enough free space in {folder}: the files need {need}, {free} are free. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="978"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1001"/>
        <source>Already downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1011"/>
        <source>Not enough free space in {folder} for {label}: it needs {need}, {free} are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1044"/>
        <source>{label} could not be downloaded because of an error in the plugin ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1083"/>
        <location filename="../core/downloads.py" line="1252"/>
        <source>{label}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1090"/>
        <source>{label}: the transfer broke off ({reason}); attempt {n} of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1101"/>
        <source>incomplete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1104"/>
        <source>{label} could not be downloaded: {service} could not be reached ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1106"/>
        <source>{label} could not be downloaded: the connection broke off {n} times ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1108"/>
        <source>The {kept} received are kept; the next download resumes from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1153"/>
        <source>{label} arrived with {size} bytes instead of the {expected} the catalogue gives: it was not kept. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1161"/>
        <source>{label} does not match the checksum the catalogue gives: it was damaged on the way and was not kept. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1172"/>
        <source>{label}: the server&apos;s file name was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1220"/>
        <source>{label} could not be clipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1259"/>
        <source>{label} could not be read: {service} did not answer properly. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1327"/>
        <source>{n} of {total} files downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1329"/>
        <source>Cancelled: partial files are kept, and the next download resumes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1334"/>
        <source>({n} more problems: see the log.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/footprints.py" line="88"/>
        <source>Terrascope footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="317"/>
        <source>the {} band ({} for {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="319"/>
        <source>the {} band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="387"/>
        <source>{} needs {}, which was not found among the inputs. Add that band raster, or give the band mapping of the multiband raster, such as {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="404"/>
        <location filename="../core/styles.py" line="190"/>
        <source>scene classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="407"/>
        <source>The scene classification {} holds real numbers; it must hold class numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="157"/>
        <source>Choose one band, or three bands for red, green and blue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="170"/>
        <source>{product} has no image that can be shown on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="177"/>
        <source>This product has no {band} band ({product}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="181"/>
        <source>The {band} file of this product is not an image ({product}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="201"/>
        <source>There is no preset {preset} for this product; choose one of: {offered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="271"/>
        <source>Loading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="291"/>
        <source>The bands {a} and {b} of this product are in different coordinate systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="372"/>
        <source>no data could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="418"/>
        <location filename="../core/layers.py" line="628"/>
        <source>The {band} file of {product} could not be read ({reason}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="441"/>
        <source>The download server does not have the {band} file of {product} (HTTP 404): the catalogue entry may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="452"/>
        <source>Log in to Terrascope to load this product ({product}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="458"/>
        <location filename="../core/timeseries.py" line="652"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="491"/>
        <source>{file}: the file&apos;s scale/offset differ from the catalogue&apos;s; the file&apos;s are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="552"/>
        <source>The layer file {path} could not be written ({reason}). Check the folder in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="564"/>
        <source>GDAL could not build the layer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="595"/>
        <source>The bands {bands} of {product} could not be combined ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="680"/>
        <location filename="../core/layers.py" line="702"/>
        <source>QGIS could not open {name} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="799"/>
        <source>{collection} product {id}{when}, from the Terrascope catalogue ({collection_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="835"/>
        <source>Catalogue entry (STAC item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/layers.py" line="936"/>
        <source>Loading %n Terrascope product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="970"/>
        <source>{name} could not be loaded because of an error in the plugin ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1013"/>
        <source>There is no product to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="62"/>
        <source>{service} sent an answer that is not valid JSON. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="110"/>
        <source>The Terrascope sign-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="111"/>
        <source>The Terrascope STAC catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>The Terrascope catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="113"/>
        <source>The Terrascope WMTS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="114"/>
        <source>The Terrascope WMS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="115"/>
        <source>The Terrascope download server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="116"/>
        <source>The Terrascope preview service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="121"/>
        <source>The server {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="234"/>
        <location filename="../core/qgis_transport.py" line="40"/>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="250"/>
        <source>{service} did not answer within {seconds:g} s. It may be busy or down: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="260"/>
        <source>Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="262"/>
        <source>Check the SSL settings and certificates in QGIS (Settings &gt; Options &gt; Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="264"/>
        <source>Check your internet connection and the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="265"/>
        <source>{service} could not be reached ({reason}). {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="267"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="307"/>
        <source>{service} refused your Terrascope session (HTTP {status}{detail}). Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="309"/>
        <source>{service} needs a Terrascope login (HTTP {status}{detail}). Log in in the Terrascope panel or with api.login(), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="315"/>
        <source>{service} does not know this address (HTTP 404{detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="318"/>
        <source> Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="319"/>
        <source>{service} is busy or failing (HTTP {status}{detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="319"/>
        <source> Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/network.py" line="321"/>
        <source>{service} refused the request (HTTP {status}{detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="170"/>
        <location filename="../core/products.py" line="246"/>
        <source>orbit {orbit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="197"/>
        <source>Search one OpenSearch collection at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="239"/>
        <source>The OpenSearch catalogue cannot filter on “{name}”. Remove that filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="246"/>
        <source>The OpenSearch catalogue filters “{name}” on one value at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="267"/>
        <source>The OpenSearch catalogue returns at most {n:,} results per search. Narrow the area, the dates or the cloud cover to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="284"/>
        <source>The Terrascope OpenSearch catalogue sent results the plugin cannot read ({error}). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="332"/>
        <source>The Terrascope OpenSearch catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="132"/>
        <source>The raster {} cannot be opened: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="138"/>
        <source>The raster {} has no coordinate reference system or no georeferencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="142"/>
        <source>The raster {} is rotated or not north-up; warp it to a north-up grid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="164"/>
        <source>The {} band is band {} of {}, but that raster has only {} band(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="171"/>
        <source>Band {} of {} holds {} values, which cannot be used here; use integer or real numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="193"/>
        <source>No input raster was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="214"/>
        <source>The rasters do not overlap: {} cover no common area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="224"/>
        <source>The pixel size must be larger than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="233"/>
        <source>The rasters overlap by less than one pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="282"/>
        <source>Unknown resampling method {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="489"/>
        <source>The Cloud-Optimized GeoTIFF {} could not be written: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="524"/>
        <source>Unknown compression {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="536"/>
        <source>The output file {} cannot be created: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="106"/>
        <source>Searching failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="120"/>
        <source>Searching the Terrascope catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="44"/>
        <source>true colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="45"/>
        <source>false colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="46"/>
        <source>SWIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="47"/>
        <source>agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="182"/>
        <source>land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="188"/>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="192"/>
        <source>cloud mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="201"/>
        <source>{valid} of {total} dates have a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="203"/>
        <source>, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="206"/>
        <source>Cancelled: the series is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="288"/>
        <source>{index} needs the {bands} band, which products of {collection} do not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="298"/>
        <source>&quot;{indicator}&quot; is neither an index nor a band of {collection}. Choose an index such as NDVI or one of its bands: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="391"/>
        <source>{service} answered a range request without the file size. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="594"/>
        <source>{name} cannot be read as a raster ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="595"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="619"/>
        <source>{name} has no coordinate reference system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="651"/>
        <source>The pixels of {name} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="729"/>
        <source>Give a point or a polygon for the time series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="735"/>
        <source>Give one point for the time series, not {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="739"/>
        <source>A time series needs a point or a polygon, not a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="746"/>
        <source>The polygon is empty. Draw it again or choose another feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="749"/>
        <source>The polygon is too large for a time series ({area:,.1f} km², at most {limit:,.0f} km²). Draw a smaller one, or clip the rasters of a few dates instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="768"/>
        <source>The coordinate reference system of the place cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="772"/>
        <source>The geometry of the place cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="776"/>
        <source>The place cannot be converted to the product&apos;s coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="799"/>
        <source>{name} has an unusable geotransform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="996"/>
        <source>the first product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="997"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="998"/>
        <source>between {start} and {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1018"/>
        <source>{n} products of {collection} match: too many for one series (at most {limit}). Choose a shorter period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1030"/>
        <source>this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1030"/>
        <source>this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1038"/>
        <source>No product of {collection} covers {what} at any date: it lies outside the collection&apos;s coverage. Check the place and its coordinate reference system ({crs}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1044"/>
        <source> with at most {cloud:g} % cloud cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1049"/>
        <source>No product of {collection} covers {what} {period}{cloud}. Widen the period{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1054"/>
        <source> or raise the cloud limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1081"/>
        <source>Choose a collection for the time series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1084"/>
        <source>The window around a point must be an odd number of pixels from 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1108"/>
        <source>Nothing to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1171"/>
        <source>None of the {n} products could be read. The first one failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1198"/>
        <source>All {n} dates are cloudy here: the series has only gaps. Try another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1200"/>
        <source>None of the {n} dates has a valid value here (clouds, or no data at this place): the series has only gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1208"/>
        <source>{failed} of {n} products could not be read; their dates are marked as failed (first: {reason}). Run the series again to retry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1214"/>
        <source>Cancelled: {done} of {n} products were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1281"/>
        <source>The CSV file {path} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="161"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Did you mean {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="164"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Its layers are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="165"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="170"/>
        <source>WMTS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="170"/>
        <source>WMS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="177"/>
        <source>&quot;{service}&quot; is not a Terrascope web service; use &quot;wmts&quot; or &quot;wms&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="230"/>
        <source>{service} sent capabilities that cannot be read (not XML). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="239"/>
        <source>{service} refused to describe its layers: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="240"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="249"/>
        <source>a web page ({title})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="251"/>
        <source>a &lt;{tag}&gt; document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="254"/>
        <source>{service} sent {what} instead of its capabilities. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="389"/>
        <source>{service} sent capabilities without any layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="559"/>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="609"/>
        <source>The layer {name} has no format &quot;{format}&quot;; use one of {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="622"/>
        <source>The Terrascope WMTS service gives no tile matrix set for the layer {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="730"/>
        <source>Terrascope (VITO); see https://terrascope.be for the terms of use of each product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="732"/>
        <source>Capabilities of the Terrascope {kind} service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="769"/>
        <source>{name} has no data on {wanted}; showing {day}, the nearest date with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="781"/>
        <source>QGIS could not open the Terrascope {service} layer {name}{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="825"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="85"/>
        <source>Logged in as {user}: session alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="87"/>
        <source>QGIS has no master password, so this login is kept in memory only: you will have to log in again after restarting QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="92"/>
        <source>Your login is saved, encrypted, in the QGIS authentication database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="95"/>
        <source>Your Terrascope login is saved, encrypted, in the QGIS authentication database: the plugin logs in by itself when something needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="101"/>
        <source>Not logged in. Searching works without a login; downloading and streaming most data need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in to Terrascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="140"/>
        <source>No web browser could be opened. Log in with your username and password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="154"/>
        <source>Waiting for the Terrascope login in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="155"/>
        <source>Log in to Terrascope in your web browser, then come back to QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out of Terrascope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="193"/>
        <source>Logging in failed unexpectedly ({kind}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="172"/>
        <source>Tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="174"/>
        <source>Cloud cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="185"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="185"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="190"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="190"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="190"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="190"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="190"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="199"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="204"/>
        <source>Properties ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="205"/>
        <source>Assets ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="256"/>
        <location filename="../ui/results_panel.py" line="421"/>
        <source>No search yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="305"/>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="342"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="426"/>
        <source>{shown} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="428"/>
        <source>No product matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="430"/>
        <source>{shown} of {matched} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="432"/>
        <source>(loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="607"/>
        <source>Zoom to product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="608"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="609"/>
        <source>Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="119"/>
        <source>Filter collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="132"/>
        <location filename="../ui/search_panel.py" line="239"/>
        <source>Loading the collections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="134"/>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="146"/>
        <source>Map canvas extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="147"/>
        <source>Draw a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="148"/>
        <source>Draw a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="149"/>
        <source>Layer extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="150"/>
        <source>Selected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="151"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="155"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="160"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="171"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="137"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="138"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="186"/>
        <source>Largest cloud cover of a product; 100 % keeps every product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="187"/>
        <source>Max. cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="191"/>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="198"/>
        <location filename="../ui/search_panel.py" line="340"/>
        <source>Choose one collection to filter on its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="212"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="241"/>
        <source>Loading the Terrascope collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="284"/>
        <source>The catalogue has no collections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="324"/>
        <source>The chosen collections have no cloud cover (not optical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="343"/>
        <source>Loading the filters of this collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="346"/>
        <source>Loading the filters of {collection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="364"/>
        <location filename="../ui/search_panel.py" line="380"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="373"/>
        <source>This collection has no other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="452"/>
        <source>Draw the search area on the map first (the Draw button).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="465"/>
        <source>The whole catalogue, no area limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="467"/>
        <source>Area: {km2} km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="55"/>
        <source>WMTS (tiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="56"/>
        <source>WMS (maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="57"/>
        <source>Terrascope&apos;s tiled WMTS, or its WMS (any map size and CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="60"/>
        <source>Ask the service for its layers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="62"/>
        <source>Filter layers by title or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="73"/>
        <source>The dates that have data for this layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="77"/>
        <source>Pick any day: the nearest date with data is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="78"/>
        <source>Follow the Temporal Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="81"/>
        <source>The layer shows the date with data that fits the Temporal Controller&apos;s frame; the date above is shown while the controller is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="86"/>
        <source>Add to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="99"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="101"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="155"/>
        <source>Loading the layers of the Terrascope {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="192"/>
        <source>Loading the layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="194"/>
        <source>Use the reload button to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="196"/>
        <source>The service offers no layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="215"/>
        <source>{count} dates with data, {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="297"/>
        <source>Choose a layer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="312"/>
        <source>Added &quot;{name}&quot; to the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="11"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="12"/>
        <source>Raster analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="57"/>
        <source>Clip raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="60"/>
        <source>&lt;p&gt;Clips a raster (every band) by polygons of a layer, by an extent, or by both.&lt;/p&gt;&lt;p&gt;The output keeps the raster&apos;s pixels and pixel size: it is cropped to the pixels lying wholly inside the bounding box of the polygons, and pixels whose centre is outside them (or, with &lt;i&gt;all touched&lt;/i&gt;, pixels the polygons do not touch) get the no-data value. Polygons and extents in another CRS are reprojected to the raster&apos;s: the raster is never resampled. Only the needed part of the raster is read, tile row by tile row.&lt;/p&gt;&lt;p&gt;No-data value outside: the one given, else the raster&apos;s own, else 0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="71"/>
        <source>Raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="74"/>
        <source>Mask polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="77"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="80"/>
        <source>No-data value outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="86"/>
        <source>Keep every pixel the polygons touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="93"/>
        <location filename="../processing_provider/index_algorithm.py" line="186"/>
        <source>Compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="99"/>
        <location filename="../processing_provider/index_algorithm.py" line="192"/>
        <source>Cloud-Optimized GeoTIFF (with overviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="102"/>
        <source>Clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="109"/>
        <source>Choose the raster to clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="114"/>
        <source>Give a mask polygon layer or an extent to clip by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="130"/>
        <source>The mask layer has no feature: there is nothing to clip by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="136"/>
        <source>The extent is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="145"/>
        <source>The mask polygons and the extent do not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="63"/>
        <source>Spectral index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="66"/>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s (Sentinel-2 0.0001, PROBA-V 0.0005), unless a scale is given. Inputs of different pixel sizes or CRSs are resampled on the fly to the finest input&apos;s grid (or the chosen CRS and pixel size), over the area all inputs cover. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;&lt;p&gt;Indices:&lt;/p&gt;{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="87"/>
        <location filename="../processing_provider/index_algorithm.py" line="195"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="94"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="99"/>
        <source>Band rasters (one per band)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="103"/>
        <source>Multiband raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="108"/>
        <source>Band mapping of the multiband raster (such as red=3, nir=4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="114"/>
        <source>Scene classification for the cloud mask (Sentinel-2 SCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="121"/>
        <source>Masked scene classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="131"/>
        <source>Reflectance scale (0: the raster&apos;s own, else the sensor&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="142"/>
        <source>Reflectance offset (with a scale other than 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="152"/>
        <source>Resampling of coarser bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="161"/>
        <source>Output CRS (default: the finest input&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="169"/>
        <source>Output pixel size (0: the finest input&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="179"/>
        <source>Output no-data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="207"/>
        <source>Give the band rasters, or a multiband raster: {} needs the bands {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="218"/>
        <source>The band mapping or the masked classes cannot be read: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="240"/>
        <source>{}: band {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="243"/>
        <source>Cloud mask: classes {} of {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="19"/>
        <source>ZSTD (fast; read by QGIS and GDAL 2.3 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="20"/>
        <source>DEFLATE (read by every GIS; slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="21"/>
        <source>None (fastest, largest files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="53"/>
        <source>The layer &quot;{}&quot; is not a file raster (provider {}); save it as a GeoTIFF first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="63"/>
        <source>The output must be a GeoTIFF file (.tif), not {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="20"/>
        <source>Terrascope (VITO Earth observation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="67"/>
        <source>The filter &quot;{part}&quot; is not of the form property=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="105"/>
        <source>Search the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="108"/>
        <source>&lt;p&gt;Searches the Terrascope STAC catalogue and writes the footprints of the products found as polygons (WGS 84), with their id, collection, date and time, tile, cloud cover, platform, title and the addresses of their thumbnail and STAC record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: one or more ids separated by commas, such as &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Area&lt;/b&gt;: an extent, or the features of a layer (tick &lt;i&gt;Selected features only&lt;/i&gt; to use the selection); any CRS. &lt;b&gt;Dates&lt;/b&gt; include both days. &lt;b&gt;Maximum cloud cover&lt;/b&gt; applies to optical collections. &lt;b&gt;Filters&lt;/b&gt;: &lt;i&gt;property=value&lt;/i&gt; pairs separated by semicolons, such as &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (also &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, or any STAC property name).&lt;/p&gt;&lt;p&gt;Every matching product is written (several tiles of the same day included), up to the maximum number of products (0: no limit).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="127"/>
        <source>Collections (ids, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="131"/>
        <source>Area (extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="134"/>
        <source>Area (features of a layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="142"/>
        <source>Maximum cloud cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="150"/>
        <source>Filters (property=value; …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="155"/>
        <source>Maximum number of products (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="161"/>
        <source>Footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="190"/>
        <source>Searching {collections}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="211"/>
        <source>{count} of {matched} matching products written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="222"/>
        <source>The area layer has no features (or none is selected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerrascopeExplorerDock</name>
    <message>
        <location filename="../resources/ui/dock.ui" line="23"/>
        <source>Terrascope Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="52"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="60"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="68"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="76"/>
        <source>Web services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerrascopeLoginPanel</name>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="21"/>
        <source>Not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="49"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="59"/>
        <source>username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="66"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="79"/>
        <source>Keep the login in the QGIS authentication database, encrypted with your master password, and log in silently next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="82"/>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="97"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="107"/>
        <source>Log in on the Terrascope website in your web browser (for accounts without a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="110"/>
        <source>Browser login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="117"/>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
