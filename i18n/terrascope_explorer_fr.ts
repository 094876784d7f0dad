<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>TerrascopeExplorer</name>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>The Processing provider &quot;Terrascope&quot; could not be registered: another plugin probably uses the id &quot;terrascope&quot;. Disable that plugin, then enable Terrascope Explorer again.</source>
        <translation>Le fournisseur de traitements « Terrascope » n&apos;a pas pu être enregistré : une autre extension utilise probablement l&apos;identifiant « terrascope ». Désactivez cette extension, puis réactivez Terrascope Explorer.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="76"/>
        <source>Terrascope Explorer</source>
        <translation>Terrascope Explorer</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78"/>
        <source>Show or hide the Terrascope Explorer panel</source>
        <translation>Afficher ou masquer le panneau Terrascope Explorer</translation>
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
        <translation>Séries temporelles Terrascope</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144"/>
        <source>Show the time series of an indicator at a point or over a polygon, from Terrascope products</source>
        <translation>Afficher la série temporelle d&apos;un indicateur en un point ou sur un polygone, à partir des produits Terrascope</translation>
    </message>
    <message>
        <location filename="../api.py" line="269"/>
        <source>({n} more files failed.)</source>
        <translation>({n} autres fichiers ont échoué.)</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="132"/>
        <source>The Terrascope login could not be saved in the QGIS authentication database.</source>
        <translation>Les identifiants de connexion Terrascope n&apos;ont pas pu être enregistrés dans la base de données d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="155"/>
        <source>Your saved Terrascope login could not be read: enter the QGIS master password when QGIS asks for it, or log in again.</source>
        <translation>Vos identifiants Terrascope enregistrés n&apos;ont pas pu être lus : saisissez le mot de passe principal de QGIS lorsque QGIS vous le demande, ou reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="340"/>
        <location filename="../ui/login_panel.py" line="113"/>
        <source>Enter your Terrascope username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe Terrascope.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="466"/>
        <source>You are not logged in to Terrascope.</source>
        <translation>Vous n&apos;êtes pas connecté à Terrascope.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="487"/>
        <location filename="../core/auth.py" line="676"/>
        <location filename="../ui/login_panel.py" line="100"/>
        <source>Your Terrascope session has ended. Log in again.</source>
        <translation>Votre session Terrascope a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="496"/>
        <source>You are not logged in to Terrascope. Log in in the Terrascope panel or with api.login().</source>
        <translation>Vous n&apos;êtes pas connecté à Terrascope. Connectez-vous dans le panneau Terrascope ou avec api.login().</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="504"/>
        <source>Terrascope no longer accepts your saved username and password. Log in again.</source>
        <translation>Terrascope n&apos;accepte plus le nom d&apos;utilisateur et le mot de passe enregistrés. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="541"/>
        <source>You logged out while Terrascope was signing you in.</source>
        <translation>Vous vous êtes déconnecté pendant que Terrascope établissait votre connexion.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="595"/>
        <source>Refreshing the Terrascope session</source>
        <translation>Actualisation de la session Terrascope</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="602"/>
        <source>The Terrascope session could not be refreshed in the background ({kind}).</source>
        <translation>La session Terrascope n&apos;a pas pu être actualisée en arrière-plan ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="628"/>
        <source>The Terrascope sign-in service sent an answer the plugin cannot use. Try again later.</source>
        <translation>Le service de connexion Terrascope a envoyé une réponse inutilisable par l&apos;extension. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="674"/>
        <source>Wrong Terrascope username or password. Check them and try again.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe Terrascope incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="679"/>
        <source>The browser login could not be completed ({reason}). Try again.</source>
        <translation>La connexion par navigateur n&apos;a pas pu aboutir ({reason}). Réessayez.</translation>
    </message>
    <message>
        <location filename="../core/auth.py" line="686"/>
        <source>The Terrascope sign-in service refused this plugin ({reason}). Update the plugin or report the problem.</source>
        <translation>Le service de connexion Terrascope a refusé cette extension ({reason}). Mettez l&apos;extension à jour ou signalez le problème.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="99"/>
        <source>The browser login was cancelled.</source>
        <translation>La connexion par navigateur a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="102"/>
        <source>The browser login took more than {minutes:g} minutes. Try again.</source>
        <translation>La connexion par navigateur a pris plus de {minutes:g} minutes. Réessayez.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="125"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Login not recognised</source>
        <translation>Connexion non reconnue</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="129"/>
        <location filename="../core/browser_login.py" line="137"/>
        <source>Start the login again from QGIS.</source>
        <translation>Relancez la connexion depuis QGIS.</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="133"/>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="134"/>
        <source>Terrascope refused the browser login ({reason}).</source>
        <translation>Terrascope a refusé la connexion par navigateur ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="142"/>
        <source>You are logged in to Terrascope</source>
        <translation>Vous êtes connecté à Terrascope</translation>
    </message>
    <message>
        <location filename="../core/browser_login.py" line="143"/>
        <source>You can close this tab and go back to QGIS.</source>
        <translation>Vous pouvez fermer cet onglet et revenir dans QGIS.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="60"/>
        <location filename="../ui/results_panel.py" line="69"/>
        <location filename="../ui/results_panel.py" line="175"/>
        <source>Tile</source>
        <translation>Tuile</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="61"/>
        <source>UTM zone</source>
        <translation>Zone UTM</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="62"/>
        <source>Orbit direction</source>
        <translation>Sens de l&apos;orbite</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="63"/>
        <source>Relative orbit</source>
        <translation>Orbite relative</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="64"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="65"/>
        <source>Product type</source>
        <translation>Type de produit</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="66"/>
        <source>Instrument mode</source>
        <translation>Mode de l&apos;instrument</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="67"/>
        <source>Processing version</source>
        <translation>Version de traitement</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="88"/>
        <source>The search area cannot be converted from {crs} to WGS 84. Check its CRS.</source>
        <translation>La zone de recherche ne peut pas être convertie de {crs} en WGS 84. Vérifiez son SCR.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="142"/>
        <source>Choose a valid layer for the search area.</source>
        <translation>Choisissez une couche valide pour la zone de recherche.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="148"/>
        <source>No feature of the layer &quot;{name}&quot; is selected. Select some, or use the layer&apos;s extent.</source>
        <translation>Aucune entité de la couche « {name} » n&apos;est sélectionnée. Sélectionnez-en, ou utilisez l&apos;emprise de la couche.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="174"/>
        <source>Give only one search area: bbox, geometry or layer.</source>
        <translation>Indiquez une seule zone de recherche : bbox, geometry ou layer.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="183"/>
        <source>bbox must be four numbers: west, south, east, north.</source>
        <translation>bbox doit contenir quatre nombres : ouest, sud, est, nord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="186"/>
        <source>bbox must be west, south, east, north, with west ≤ east and south ≤ north.</source>
        <translation>bbox doit être de la forme ouest, sud, est, nord, avec ouest ≤ est et sud ≤ nord.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="201"/>
        <source>The search geometry cannot be read (give a QgsGeometry, WKT or GeoJSON).</source>
        <translation>La géométrie de recherche est illisible (indiquez une QgsGeometry, du WKT ou du GeoJSON).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="209"/>
        <source>There is no layer &quot;{name}&quot; in the project.</source>
        <translation>Il n&apos;y a pas de couche « {name} » dans le projet.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="256"/>
        <location filename="../ui/search_panel.py" line="514"/>
        <source>Choose at least one collection to search.</source>
        <translation>Choisissez au moins une collection dans laquelle rechercher.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="260"/>
        <source>The end date ({end}) is before the start date ({start}). Swap them or change one.</source>
        <translation>La date de fin ({end}) est antérieure à la date de début ({start}). Inversez-les ou modifiez-en une.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="265"/>
        <source>The maximum cloud cover must be between 0 and 100 %.</source>
        <translation>La couverture nuageuse maximale doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="267"/>
        <source>The page size must be between 1 and {n}.</source>
        <translation>La taille de page doit être comprise entre 1 et {n}.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="272"/>
        <source>The search area is empty. Draw an area, or choose a layer with features.</source>
        <translation>La zone de recherche est vide. Dessinez une zone ou choisissez une couche contenant des entités.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="277"/>
        <source>The search area lies outside the Earth (latitude beyond ±90°). Check its CRS.</source>
        <translation>La zone de recherche se situe hors de la Terre (latitude au-delà de ±90°). Vérifiez son SCR.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="282"/>
        <source>The search area is too large ({area:,.0f} km², at most {limit:,.0f} km²). Zoom in or draw a smaller area.</source>
        <translation>La zone de recherche est trop grande ({area:,.0f} km², au maximum {limit:,.0f} km²). Zoomez ou dessinez une zone plus petite.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="355"/>
        <location filename="../core/catalogue.py" line="361"/>
        <source>{value!r} is not a date (use YYYY-MM-DD).</source>
        <translation>{value!r} n&apos;est pas une date (utilisez le format AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="476"/>
        <source>The Terrascope STAC catalogue sent search results the plugin cannot read ({error}). Try again later.</source>
        <translation>Le catalogue STAC Terrascope a envoyé des résultats de recherche illisibles pour l&apos;extension ({error}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="581"/>
        <source>The OpenSearch catalogue&apos;s collections are not listed: {error}</source>
        <translation>Impossible d&apos;obtenir la liste des collections du catalogue OpenSearch : {error}</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="610"/>
        <source>The OpenSearch catalogue has no collection {id}.</source>
        <translation>Le catalogue OpenSearch n&apos;a pas de collection {id}.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="688"/>
        <source>The Terrascope STAC catalogue sent an answer the plugin cannot read. Try again later.</source>
        <translation>Le catalogue STAC Terrascope a envoyé une réponse illisible pour l&apos;extension. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="707"/>
        <source>The Terrascope STAC catalogue could not be reached ({reason}). Try again later.</source>
        <translation>Le catalogue STAC Terrascope est injoignable ({reason}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="714"/>
        <source>The Terrascope STAC catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later; if it persists, check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Le catalogue STAC Terrascope a envoyé une réponse qui n&apos;est pas du JSON valide (une page d&apos;erreur ou un transfert interrompu). Réessayez plus tard ; si le problème persiste, vérifiez le proxy dans QGIS (Préférences &gt; Options &gt; Réseau).</translation>
    </message>
    <message>
        <location filename="../core/catalogue.py" line="722"/>
        <source>Searching the Terrascope STAC catalogue failed ({error}). Try again later.</source>
        <translation>La recherche dans le catalogue STAC Terrascope a échoué ({error}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="64"/>
        <location filename="../core/clip.py" line="73"/>
        <source>The mask has no polygon: it is empty, or its features have no area.</source>
        <translation>Le masque ne contient aucun polygone : il est vide, ou ses entités n&apos;ont pas de surface.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="87"/>
        <source>The mask does not overlap the raster {}: nothing is left to clip.</source>
        <translation>Le masque ne recouvre pas le raster {} : il n&apos;y a rien à découper.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="177"/>
        <source>band {}</source>
        <translation>bande {}</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="185"/>
        <source>The bands of {} have different data types; clip them one by one.</source>
        <translation>Les bandes de {} ont des types de données différents ; découpez-les une par une.</translation>
    </message>
    <message>
        <location filename="../core/clip.py" line="224"/>
        <source>The no-data value {} does not fit the {} pixels of {}.</source>
        <translation>La valeur NoData {} ne convient pas aux pixels {} de {}.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="54"/>
        <source>This feature</source>
        <translation>Cette fonctionnalité</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="55"/>
        <source>{feature} needs the Python package {package}, which this QGIS installation lacks.</source>
        <translation>{feature} nécessite le paquet Python {package}, absent de cette installation de QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="66"/>
        <source>On Windows, run the OSGeo4W Setup (&quot;Advanced Install&quot;), select the package {debian} and finish; with the standalone QGIS installer, open the &quot;OSGeo4W Shell&quot; from the Start menu and run &quot;python -m pip install {package}&quot;. Then restart QGIS.</source>
        <translation>Sous Windows, lancez l&apos;installateur OSGeo4W Setup (« Advanced Install »), sélectionnez le paquet {debian} et terminez l&apos;installation ; avec l&apos;installateur autonome (standalone) de QGIS, ouvrez « OSGeo4W Shell » depuis le menu Démarrer et exécutez « python -m pip install {package} ». Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="72"/>
        <source>On macOS, open Terminal and install it into the Python of QGIS: &quot;/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package}&quot; (use the name of your QGIS application, for example QGIS-LTR.app). Then restart QGIS.</source>
        <translation>Sous macOS, ouvrez le Terminal et installez-le dans le Python de QGIS : « /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user {package} » (utilisez le nom de votre application QGIS, par exemple QGIS-LTR.app). Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../core/dependencies.py" line="77"/>
        <source>On Debian or Ubuntu, install the package {debian} (&quot;sudo apt install {debian}&quot;); on other Linux distributions, the {package} package of the distribution. Then restart QGIS.</source>
        <translation>Sous Debian ou Ubuntu, installez le paquet {debian} (« sudo apt install {debian} ») ; sur les autres distributions Linux, installez le paquet {package} de la distribution. Redémarrez ensuite QGIS.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="28"/>
        <source>Downloading {n} Terrascope files</source>
        <translation>Téléchargement de {n} fichiers Terrascope</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="46"/>
        <source>The download failed because of an error in the plugin ({kind}). The details are in the log.</source>
        <translation>Le téléchargement a échoué à cause d&apos;une erreur dans l&apos;extension ({kind}). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../core/download_task.py" line="70"/>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="138"/>
        <source>The {what} &quot;{name}&quot; given by the server is not a plain name and would leave the download folder; refused.</source>
        <translation>Le {what} « {name} » fourni par le serveur n&apos;est pas un simple nom et sortirait du dossier de téléchargement ; refusé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="141"/>
        <location filename="../core/downloads.py" line="147"/>
        <location filename="../core/downloads.py" line="438"/>
        <location filename="../core/downloads.py" line="783"/>
        <source>file name</source>
        <translation>nom de fichier</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="146"/>
        <source>The {what} &quot;{name}&quot; given by the server cannot be used as a file name; refused.</source>
        <translation>Le {what} « {name} » fourni par le serveur ne peut pas servir de nom de fichier ; refusé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="269"/>
        <source>The clip area cannot be read: give a QgsGeometry, a QgsRectangle, WKT, GeoJSON or a bbox.</source>
        <translation>La zone de découpage est illisible : indiquez une QgsGeometry, un QgsRectangle, du WKT, du GeoJSON ou une bbox.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="276"/>
        <source>The clip area is empty or cannot be read.</source>
        <translation>La zone de découpage est vide ou illisible.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="278"/>
        <source>The clip area must be a polygon or an extent with an area.</source>
        <translation>La zone de découpage doit être un polygone ou une emprise ayant une surface.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="310"/>
        <source>{asset} of {item}</source>
        <translation>{asset} de {item}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="383"/>
        <source>Select at least one product to download.</source>
        <translation>Sélectionnez au moins un produit à télécharger.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="387"/>
        <source>Choose at least one asset to download.</source>
        <translation>Choisissez au moins une ressource à télécharger.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="395"/>
        <source>No selected product has the asset {missing}; they have: {available}.</source>
        <translation>Aucun produit sélectionné n&apos;a la ressource {missing} ; ressources disponibles : {available}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="407"/>
        <source>{item} lies outside the clip area.</source>
        <translation>{item} se trouve hors de la zone de découpage.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="411"/>
        <source>{item} has no data files.</source>
        <translation>{item} n&apos;a aucun fichier de données.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="415"/>
        <source>{item} has no asset &quot;{key}&quot;.</source>
        <translation>{item} n&apos;a pas de ressource « {key} ».</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="432"/>
        <source>{label} has no web address to download from.</source>
        <translation>{label} n&apos;a pas d&apos;adresse web de téléchargement.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="436"/>
        <source>collection name</source>
        <translation>nom de collection</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="437"/>
        <source>product id</source>
        <translation>identifiant de produit</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="447"/>
        <source>{label} would be written outside the download folder ({path}); refused.</source>
        <translation>Refus d&apos;écrire {label} hors du dossier de téléchargement ({path}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="926"/>
        <source>The disk is full: {label} could not be written to {folder}. Free some space or choose another folder; what was downloaded is kept and the download resumes from there.</source>
        <translation>Le disque est plein : impossible d&apos;écrire {label} dans {folder}. Libérez de l&apos;espace ou choisissez un autre dossier ; ce qui a déjà été téléchargé est conservé et le téléchargement reprendra à partir de là.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="931"/>
        <source>{label} cannot be written to {folder}: permission denied. Choose another folder.</source>
        <translation>Impossible d&apos;écrire {label} dans {folder} : permission refusée. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="933"/>
        <source>{label} could not be written to {folder} ({reason}).</source>
        <translation>Impossible d&apos;écrire {label} dans {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1032"/>
        <source>Not enough free space in {folder}: the files need {need}, {free} are free. Free some space or choose another folder.</source>
        <translation>Espace libre insuffisant dans {folder} : les fichiers nécessitent {need}, il reste {free}. Libérez de l&apos;espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1044"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1067"/>
        <source>Already downloaded.</source>
        <translation>Déjà téléchargé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1077"/>
        <source>Not enough free space in {folder} for {label}: it needs {need}, {free} are free.</source>
        <translation>Espace libre insuffisant dans {folder} pour {label} : il faut {need}, il reste {free}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1110"/>
        <source>{label} could not be downloaded because of an error in the plugin ({kind}).</source>
        <translation>Impossible de télécharger {label} à cause d&apos;une erreur dans l&apos;extension ({kind}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1152"/>
        <location filename="../core/downloads.py" line="1330"/>
        <source>{label}: {reason}</source>
        <translation>{label} : {reason}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1159"/>
        <source>{label}: the transfer broke off ({reason}); attempt {n} of {max}.</source>
        <translation>{label} : le transfert s&apos;est interrompu ({reason}) ; tentative {n} sur {max}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1171"/>
        <source>incomplete answer</source>
        <translation>réponse incomplète</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1174"/>
        <source>no data for {seconds:g} s</source>
        <translation>aucune donnée reçue pendant {seconds:g} s</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1176"/>
        <source>{label} could not be downloaded: {service} could not be reached ({reason}).</source>
        <translation>Impossible de télécharger {label} : {service} est injoignable ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1178"/>
        <source>{label} could not be downloaded: the connection broke off {n} times ({reason}).</source>
        <translation>Impossible de télécharger {label} : la connexion s&apos;est interrompue {n} fois ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1180"/>
        <source>The {kept} received are kept; the next download resumes from there.</source>
        <translation>Les {kept} reçus sont conservés ; le prochain téléchargement reprendra à partir de là.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1225"/>
        <source>{label} arrived with {size} bytes instead of the {expected} the catalogue gives: it was not kept. Try again later.</source>
        <translation>Taille reçue pour {label} : {size} octets au lieu des {expected} indiqués par le catalogue ; le fichier n&apos;a pas été conservé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1233"/>
        <source>{label} does not match the checksum the catalogue gives: it was damaged on the way and was not kept. Download it again.</source>
        <translation>{label} ne correspond pas à la somme de contrôle indiquée par le catalogue : le fichier a été endommagé pendant le transfert et n&apos;a pas été conservé. Téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1244"/>
        <source>{label}: the server&apos;s file name was refused.</source>
        <translation>{label} : le nom de fichier fourni par le serveur a été refusé.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1294"/>
        <source>{label} could not be clipped: {reason}</source>
        <translation>Impossible de découper {label} : {reason}</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1337"/>
        <source>{label} could not be read: {service} did not answer properly. Try again later.</source>
        <translation>Impossible de lire {label} : {service} n&apos;a pas répondu correctement. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1349"/>
        <source>{label}: the download server sent you to the sign-in page: your session was refused. Log in again.</source>
        <translation>{label} : le serveur de téléchargement vous a renvoyé vers la page de connexion : votre session a été refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1357"/>
        <source>{label}: the server moved the file to {location}, which was not followed{why}.</source>
        <translation>{label} : le serveur a déplacé le fichier vers {location} ; cette redirection n&apos;a pas été suivie{why}.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1360"/>
        <source> (your Terrascope token is only sent to Terrascope)</source>
        <translation> (votre jeton Terrascope n&apos;est envoyé qu&apos;à Terrascope)</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1449"/>
        <source>{n} of {total} files downloaded.</source>
        <translation>{n} fichiers sur {total} téléchargés.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1451"/>
        <source>Cancelled: partial files are kept, and the next download resumes them.</source>
        <translation>Annulé : les fichiers partiels sont conservés et le prochain téléchargement les reprendra.</translation>
    </message>
    <message>
        <location filename="../core/downloads.py" line="1456"/>
        <source>({n} more problems: see the log.)</source>
        <translation>({n} autres problèmes : voir le journal.)</translation>
    </message>
    <message>
        <location filename="../core/footprints.py" line="88"/>
        <source>Terrascope footprints</source>
        <translation>Empreintes Terrascope</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="70"/>
        <source>Normalized Difference Vegetation Index</source>
        <translation>Indice de végétation par différence normalisée</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="71"/>
        <source>Normalized Difference Water Index</source>
        <translation>Indice d&apos;eau par différence normalisée</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="72"/>
        <source>Modified Normalized Difference Water Index</source>
        <translation>Indice d&apos;eau par différence normalisée modifié</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="75"/>
        <source>Normalized Difference Moisture Index</source>
        <translation>Indice d&apos;humidité par différence normalisée</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="80"/>
        <source>Normalized Burn Ratio</source>
        <translation>Indice de brûlure normalisé</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="81"/>
        <source>Normalized Burn Ratio 2</source>
        <translation>Indice de brûlure normalisé 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="82"/>
        <source>Normalized Difference Red Edge</source>
        <translation>Différence normalisée du red edge</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="85"/>
        <source>Green Normalized Difference Vegetation Index</source>
        <translation>Indice de végétation par différence normalisée vert</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="90"/>
        <source>Normalized Difference Built-up Index</source>
        <translation>Indice de bâti par différence normalisée</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="93"/>
        <source>Enhanced Vegetation Index</source>
        <translation>Indice de végétation amélioré</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="101"/>
        <source>Two-band Enhanced Vegetation Index</source>
        <translation>Indice de végétation amélioré à deux bandes</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="109"/>
        <source>Soil Adjusted Vegetation Index</source>
        <translation>Indice de végétation ajusté au sol</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="117"/>
        <source>Modified Soil Adjusted Vegetation Index 2</source>
        <translation>Indice de végétation ajusté au sol modifié 2</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="150"/>
        <source>Sentinel-2 (Terrascope TOC)</source>
        <translation>Sentinel-2 (Terrascope TOC)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="185"/>
        <source>PROBA-V (TOC reflectance)</source>
        <translation>PROBA-V (réflectance TOC)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="190"/>
        <source>Other (band mapping or band names)</source>
        <translation>Autre (correspondance des bandes ou noms de bandes)</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="204"/>
        <source>&lt;b&gt;{key}&lt;/b&gt; ({name}): {formula}; bands {bands}; {reference}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt; ({name}) : {formula} ; bandes {bands} ; {reference}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="222"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; reflectance = digital number × {scale:g} + {offset:g}</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt; : {name} ; réflectance = compte numérique × {scale:g} + {offset:g}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="226"/>
        <source>&lt;b&gt;{key}&lt;/b&gt;: {name}; the rasters&apos; own scale and offset, else the scale given</source>
        <translation>&lt;b&gt;{key}&lt;/b&gt; : {name} ; l&apos;échelle et le décalage propres aux rasters, sinon l&apos;échelle indiquée</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="264"/>
        <source>&quot;{}&quot; is not of the form name=band number, such as red=3</source>
        <translation>« {} » n&apos;est pas de la forme nom=numéro de bande, par exemple red=3</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="277"/>
        <source>&quot;{}&quot; is not a class number or a range such as 8-10</source>
        <translation>« {} » n&apos;est ni un numéro de classe ni une plage comme 8-10</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="405"/>
        <source>the {} band ({} for {})</source>
        <translation>la bande {} ({} pour {})</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="407"/>
        <source>the {} band</source>
        <translation>la bande {}</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="418"/>
        <source>Two inputs provide band {} ({}, {}): give the bands of one product only.</source>
        <translation>Deux entrées fournissent la bande {} ({}, {}) : donnez uniquement les bandes d&apos;un seul produit.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="492"/>
        <source>{} needs {}, which was not found among the inputs. Add that band raster, or give the band mapping of the multiband raster, such as {}.</source>
        <translation>{} nécessite {}, introuvable parmi les entrées. Ajoutez ce raster de bande, ou indiquez la correspondance des bandes du raster multibande, par exemple {}.</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="509"/>
        <location filename="../core/styles.py" line="197"/>
        <source>scene classification</source>
        <translation>classification de scène</translation>
    </message>
    <message>
        <location filename="../core/indices.py" line="512"/>
        <source>The scene classification {} holds real numbers; it must hold class numbers.</source>
        <translation>La classification de scène {} contient des nombres réels ; elle doit contenir des numéros de classe.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="163"/>
        <source>Choose one band, or three bands for red, green and blue.</source>
        <translation>Choisissez une bande, ou trois bandes pour le rouge, le vert et le bleu.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="178"/>
        <source>{product} has no image that can be shown on the map.</source>
        <translation>{product} n&apos;a aucune image pouvant être affichée sur la carte.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="185"/>
        <location filename="../core/layers.py" line="206"/>
        <source>This product has no {band} band ({product}).</source>
        <translation>Ce produit n&apos;a pas de bande {band} ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="189"/>
        <source>The {band} file of this product is not an image ({product}).</source>
        <translation>Le fichier {band} de ce produit n&apos;est pas une image ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="247"/>
        <source>The downloaded file {path} could not be opened as a raster.</source>
        <translation>Le fichier téléchargé {path} n&apos;a pas pu être ouvert comme raster.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="271"/>
        <source>There is no preset {preset} for this product; choose one of: {offered}.</source>
        <translation>Il n&apos;y a pas de préréglage {preset} pour ce produit ; choisissez parmi : {offered}.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="335"/>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="355"/>
        <source>The bands {a} and {b} of this product are in different coordinate systems.</source>
        <translation>Les bandes {a} et {b} de ce produit sont dans des systèmes de coordonnées différents.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="427"/>
        <source>no data could be read</source>
        <translation>aucune donnée n&apos;a pu être lue</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="475"/>
        <source>The {band} file of {product} could not be read: the transfer broke off or the file is not a readable image ({reason}). Try again later.</source>
        <translation>Le fichier {band} de {product} n&apos;a pas pu être lu : le transfert s&apos;est interrompu ou le fichier n&apos;est pas une image lisible ({reason}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="492"/>
        <source>{product} could not be loaded. {reason}</source>
        <translation>Impossible de charger {product}. {reason}</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="504"/>
        <source>The download server does not have the {band} file of {product} (HTTP 404): the catalogue entry may be out of date.</source>
        <translation>Le serveur de téléchargement n&apos;a pas le fichier {band} de {product} (HTTP 404) : l&apos;entrée du catalogue n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="515"/>
        <source>Log in to Terrascope to load this product ({product}).</source>
        <translation>Connectez-vous à Terrascope pour charger ce produit ({product}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="521"/>
        <location filename="../core/timeseries.py" line="698"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="556"/>
        <source>{file}: the file&apos;s scale/offset differ from the catalogue&apos;s; the file&apos;s are used.</source>
        <translation>{file} : l&apos;échelle et le décalage du fichier diffèrent de ceux du catalogue ; ceux du fichier sont utilisés.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="621"/>
        <source>The layer file {path} could not be written ({reason}). Check the folder in the settings.</source>
        <translation>Le fichier de couche {path} n&apos;a pas pu être écrit ({reason}). Vérifiez le dossier dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="633"/>
        <source>GDAL could not build the layer file.</source>
        <translation>GDAL n&apos;a pas pu créer le fichier de couche.</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="672"/>
        <source>The bands {bands} of {product} could not be combined ({reason}).</source>
        <translation>Les bandes {bands} de {product} n&apos;ont pas pu être combinées ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="761"/>
        <location filename="../core/layers.py" line="782"/>
        <source>QGIS could not open {name} ({reason}).</source>
        <translation>QGIS n&apos;a pas pu ouvrir {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="892"/>
        <source>{collection} product {id}{when}, from the Terrascope catalogue ({collection_id}).</source>
        <translation>Produit {collection} {id}{when}, issu du catalogue Terrascope ({collection_id}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="935"/>
        <source>Catalogue entry (STAC item)</source>
        <translation>Entrée du catalogue (item STAC)</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1048"/>
        <source>Connecting Terrascope layers</source>
        <translation>Connexion des couches Terrascope</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/layers.py" line="1075"/>
        <source>Loading %n Terrascope product(s)</source>
        <translation>
            <numerusform>Chargement de %n produit Terrascope</numerusform>
            <numerusform>Chargement de %n produits Terrascope</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1105"/>
        <source>{name} could not be loaded because of an error in the plugin ({error}).</source>
        <translation>Impossible de charger {name} à cause d&apos;une erreur dans l&apos;extension ({error}).</translation>
    </message>
    <message>
        <location filename="../core/layers.py" line="1148"/>
        <source>There is no product to load.</source>
        <translation>Il n&apos;y a aucun produit à charger.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="62"/>
        <source>{service} sent an answer that is not valid JSON. Try again later.</source>
        <translation>{service} a envoyé une réponse qui n&apos;est pas du JSON valide. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="110"/>
        <source>The Terrascope sign-in service</source>
        <translation>Le service de connexion Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="111"/>
        <source>The Terrascope STAC catalogue</source>
        <translation>Le catalogue STAC Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="112"/>
        <source>The Terrascope catalogue</source>
        <translation>Le catalogue Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="113"/>
        <source>The Terrascope WMTS service</source>
        <translation>Le service WMTS Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="114"/>
        <source>The Terrascope WMS service</source>
        <translation>Le service WMS Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="115"/>
        <source>The Terrascope download server</source>
        <translation>Le serveur de téléchargement Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="116"/>
        <source>The Terrascope preview service</source>
        <translation>Le service d&apos;aperçu Terrascope</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="121"/>
        <source>The server {host}</source>
        <translation>Le serveur {host}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="237"/>
        <location filename="../core/qgis_transport.py" line="40"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="272"/>
        <source>{service} did not answer within {seconds:g} s. It may be busy or down: try again later.</source>
        <translation>{service} n&apos;a pas répondu dans les {seconds:g} s. Il est peut-être surchargé ou hors service : réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="282"/>
        <source>Check the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Vérifiez le proxy dans QGIS (Préférences &gt; Options &gt; Réseau).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="284"/>
        <source>Check the SSL settings and certificates in QGIS (Settings &gt; Options &gt; Authentication).</source>
        <translation>Vérifiez les paramètres SSL et les certificats dans QGIS (Préférences &gt; Options &gt; Authentification).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="286"/>
        <source>Check your internet connection and the proxy in QGIS (Settings &gt; Options &gt; Network).</source>
        <translation>Vérifiez votre connexion internet et le proxy dans QGIS (Préférences &gt; Options &gt; Réseau).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="287"/>
        <source>{service} could not be reached ({reason}). {advice}</source>
        <translation>{service} est injoignable ({reason}). {advice}</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="289"/>
        <location filename="../core/web_services.py" line="860"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="329"/>
        <source>{service} refused your Terrascope session (HTTP {status}{detail}). Log in again.</source>
        <translation>{service} a refusé votre session Terrascope (HTTP {status}{detail}). Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="331"/>
        <source>{service} needs a Terrascope login (HTTP {status}{detail}). Log in in the Terrascope panel or with api.login(), then try again.</source>
        <translation>{service} nécessite une connexion Terrascope (HTTP {status}{detail}). Connectez-vous dans le panneau Terrascope ou avec api.login(), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="337"/>
        <source>{service} does not know this address (HTTP 404{detail}).</source>
        <translation>{service} ne connaît pas cette adresse (HTTP 404{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="340"/>
        <source> Try again in {seconds} s.</source>
        <translation> Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source>{service} is busy or failing (HTTP {status}{detail}).</source>
        <translation>{service} est surchargé ou en panne (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="341"/>
        <source> Try again later.</source>
        <translation> Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/network.py" line="343"/>
        <source>{service} refused the request (HTTP {status}{detail}).</source>
        <translation>{service} a refusé la requête (HTTP {status}{detail}).</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="170"/>
        <location filename="../core/products.py" line="341"/>
        <source>orbit {orbit}</source>
        <translation>orbite {orbit}</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="197"/>
        <source>Search one OpenSearch collection at a time.</source>
        <translation>Recherchez dans une seule collection OpenSearch à la fois.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="234"/>
        <source>The OpenSearch catalogue cannot filter on “{name}”. Remove that filter.</source>
        <translation>Le catalogue OpenSearch ne peut pas filtrer sur « {name} ». Supprimez ce filtre.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="241"/>
        <source>The OpenSearch catalogue filters “{name}” on one value at a time.</source>
        <translation>Le catalogue OpenSearch ne filtre « {name} » que sur une seule valeur à la fois.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="256"/>
        <source>The OpenSearch catalogue returns at most {n:,} results per search. Narrow the area, the dates or the cloud cover to see the rest.</source>
        <translation>Le catalogue OpenSearch renvoie au maximum {n:,} résultats par recherche. Restreignez la zone, les dates ou la couverture nuageuse pour voir les autres.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="273"/>
        <source>The Terrascope OpenSearch catalogue sent results the plugin cannot read ({error}). Try again later.</source>
        <translation>Le catalogue OpenSearch Terrascope a envoyé des résultats illisibles pour l&apos;extension ({error}). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/opensearch.py" line="313"/>
        <source>The Terrascope OpenSearch catalogue sent an answer that is not valid JSON (an error page or an interrupted transfer). Try again later.</source>
        <translation>Le catalogue OpenSearch Terrascope a envoyé une réponse qui n&apos;est pas du JSON valide (une page d&apos;erreur ou un transfert interrompu). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="134"/>
        <source>The raster {} cannot be opened: {}</source>
        <translation>Le raster {} ne peut pas être ouvert : {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="140"/>
        <source>The raster {} has no coordinate reference system or no georeferencing.</source>
        <translation>Le raster {} n&apos;a pas de système de coordonnées de référence ou pas de géoréférencement.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="144"/>
        <source>The raster {} is rotated or not north-up; warp it to a north-up grid first.</source>
        <translation>Le raster {} est pivoté ou n&apos;est pas orienté nord en haut ; reprojetez-le d&apos;abord sur une grille orientée nord en haut.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="167"/>
        <source>The {} band is band {} of {}, but that raster has only {} band(s).</source>
        <translation>{} : la bande {} de {} est demandée, mais ce raster n&apos;a que {} bande(s).</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="174"/>
        <source>Band {} of {} holds {} values, which cannot be used here; use integer or real numbers.</source>
        <translation>La bande {} de {} contient des valeurs {}, inutilisables ici ; utilisez des nombres entiers ou réels.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="226"/>
        <source>No input raster was given.</source>
        <translation>Aucun raster en entrée n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="240"/>
        <source>The rasters do not overlap: {} cover no common area.</source>
        <translation>Les rasters ne se chevauchent pas : {} n&apos;ont aucune zone commune.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="246"/>
        <source>The pixel size must be larger than zero.</source>
        <translation>La taille de pixel doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="255"/>
        <source>The rasters overlap by less than one pixel.</source>
        <translation>Les rasters se chevauchent sur moins d&apos;un pixel.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="305"/>
        <source>Unknown resampling method {}.</source>
        <translation>Méthode de rééchantillonnage inconnue : {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="582"/>
        <source>The Cloud-Optimized GeoTIFF {} could not be written: {}</source>
        <translation>Le Cloud-Optimized GeoTIFF {} n&apos;a pas pu être écrit : {}</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="672"/>
        <source>Unknown compression {}.</source>
        <translation>Compression inconnue : {}.</translation>
    </message>
    <message>
        <location filename="../core/raster_engine.py" line="689"/>
        <source>The output file {} cannot be created: {}</source>
        <translation>Le fichier de sortie {} ne peut pas être créé : {}</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="99"/>
        <source>Searching failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>La recherche a échoué à cause d&apos;une erreur dans l&apos;extension ({error}). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../core/search_task.py" line="113"/>
        <source>Searching the Terrascope catalogue</source>
        <translation>Recherche dans le catalogue Terrascope</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="75"/>
        <source>The environment variable {name}</source>
        <translation>La variable d&apos;environnement {name}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="78"/>
        <source>The setting {key}</source>
        <translation>Le paramètre {key}</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="88"/>
        <source>{source} must not contain a user name or a password.</source>
        <translation>{source} ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../core/settings.py" line="102"/>
        <source>{source} must be the base URL of a Terrascope sandbox, such as http://127.0.0.1:8765, but it is {value}.</source>
        <translation>{source} doit être l&apos;URL de base d&apos;un bac à sable Terrascope, par exemple http://127.0.0.1:8765, mais vaut {value}.</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="46"/>
        <source>true colour</source>
        <translation>couleurs naturelles</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="47"/>
        <source>false colour</source>
        <translation>fausses couleurs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="48"/>
        <source>SWIR</source>
        <translation>SWIR</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="49"/>
        <source>agriculture</source>
        <translation>agriculture</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="122"/>
        <source>Tree cover</source>
        <translation>Couvert arboré</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="123"/>
        <source>Shrubland</source>
        <translation>Zone arbustive</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="124"/>
        <source>Grassland</source>
        <translation>Prairie</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="125"/>
        <source>Cropland</source>
        <translation>Terres cultivées</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="126"/>
        <source>Built-up</source>
        <translation>Zone bâtie</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="127"/>
        <source>Bare / sparse vegetation</source>
        <translation>Sol nu / végétation clairsemée</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="128"/>
        <source>Snow and ice</source>
        <translation>Neige et glace</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="129"/>
        <source>Permanent water bodies</source>
        <translation>Plans d&apos;eau permanents</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="130"/>
        <source>Herbaceous wetland</source>
        <translation>Zone humide herbacée</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="131"/>
        <source>Mangroves</source>
        <translation>Mangroves</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="132"/>
        <source>Moss and lichen</source>
        <translation>Mousses et lichens</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="136"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="137"/>
        <source>Saturated or defective</source>
        <translation>Saturé ou défectueux</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="138"/>
        <source>Dark area pixels</source>
        <translation>Pixels de zones sombres</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="139"/>
        <source>Cloud shadows</source>
        <translation>Ombres de nuages</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="140"/>
        <source>Vegetation</source>
        <translation>Végétation</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="141"/>
        <source>Not vegetated</source>
        <translation>Non végétalisé</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="142"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="143"/>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="144"/>
        <source>Cloud, medium probability</source>
        <translation>Nuage, probabilité moyenne</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="145"/>
        <source>Cloud, high probability</source>
        <translation>Nuage, probabilité élevée</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="146"/>
        <source>Thin cirrus</source>
        <translation>Cirrus fins</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="147"/>
        <source>Snow</source>
        <translation>Neige</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Clear</source>
        <translation>Dégagé</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="150"/>
        <source>Cloud or shadow</source>
        <translation>Nuage ou ombre</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>Temporary crops</source>
        <translation>Cultures temporaires</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="155"/>
        <source>temporary crops</source>
        <translation>cultures temporaires</translation>
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
        <translation>Céréales d&apos;hiver</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="157"/>
        <source>winter cereals</source>
        <translation>céréales d&apos;hiver</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>Spring cereals</source>
        <translation>Céréales de printemps</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="158"/>
        <source>spring cereals</source>
        <translation>céréales de printemps</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="160"/>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="161"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="188"/>
        <source>land cover</source>
        <translation>occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="195"/>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="199"/>
        <source>cloud mask</source>
        <translation>masque de nuages</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="244"/>
        <source>WorldCereal 2021 temporary crops</source>
        <translation>WorldCereal 2021 cultures temporaires</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="245"/>
        <source>WorldCereal 2021 maize</source>
        <translation>WorldCereal 2021 maïs</translation>
    </message>
    <message>
        <location filename="../core/styles.py" line="246"/>
        <source>WorldCereal 2021 winter cereals</source>
        <translation>WorldCereal 2021 céréales d&apos;hiver</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="221"/>
        <source>Incomplete series: {reason}</source>
        <translation>Série incomplète : {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="223"/>
        <source>Incomplete series: the run was cancelled after {n} products.</source>
        <translation>Série incomplète : l&apos;exécution a été annulée après {n} produits.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="232"/>
        <source>{valid} of {total} dates have a value</source>
        <translation>{valid} dates sur {total} ont une valeur</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="236"/>
        <source>, {failed} failed</source>
        <translation>, {failed} en échec</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="239"/>
        <source>Cancelled: the series is incomplete.</source>
        <translation>Annulé : la série est incomplète.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="241"/>
        <source>Stopped by an error: the series is incomplete.</source>
        <translation>Arrêtée par une erreur : la série est incomplète.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="327"/>
        <source>{index} needs the {bands} band, which products of {collection} do not have.</source>
        <translation>{index} nécessite la bande {bands}, que les produits de {collection} n&apos;ont pas.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="337"/>
        <source>&quot;{indicator}&quot; is neither an index nor a band of {collection}. Choose an index such as NDVI or one of its bands: {choices}.</source>
        <translation>« {indicator} » n&apos;est ni un indice ni une bande de {collection}. Choisissez un indice comme NDVI ou l&apos;une de ses bandes : {choices}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="430"/>
        <source>{service} answered a range request without the file size. Try again later.</source>
        <translation>{service} a répondu à une requête partielle (Range) sans indiquer la taille du fichier. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="640"/>
        <source>{name} cannot be read as a raster ({reason}).</source>
        <translation>Impossible de lire {name} comme raster ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="641"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="665"/>
        <source>{name} has no coordinate reference system.</source>
        <translation>{name} n&apos;a pas de système de coordonnées de référence.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="697"/>
        <source>The pixels of {name} could not be read ({reason}).</source>
        <translation>Les pixels de {name} n&apos;ont pas pu être lus ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="770"/>
        <source>Give a point or a polygon for the time series.</source>
        <translation>Indiquez un point ou un polygone pour la série temporelle.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="776"/>
        <source>Give one point for the time series, not {n}.</source>
        <translation>Indiquez un seul point pour la série temporelle, pas {n}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="780"/>
        <source>A time series needs a point or a polygon, not a line.</source>
        <translation>Une série temporelle nécessite un point ou un polygone, pas une ligne.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="787"/>
        <source>The polygon is empty. Draw it again or choose another feature.</source>
        <translation>Le polygone est vide. Redessinez-le ou choisissez une autre entité.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="790"/>
        <source>The polygon is too large for a time series ({area:,.1f} km², at most {limit:,.0f} km²). Draw a smaller one, or clip the rasters of a few dates instead.</source>
        <translation>Le polygone est trop grand pour une série temporelle ({area:,.1f} km², au maximum {limit:,.0f} km²). Dessinez-en un plus petit, ou découpez plutôt les rasters de quelques dates.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="809"/>
        <source>The coordinate reference system of the place cannot be read.</source>
        <translation>Le système de coordonnées de référence du lieu est illisible.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="813"/>
        <source>The geometry of the place cannot be read.</source>
        <translation>La géométrie du lieu est illisible.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="817"/>
        <source>The place cannot be converted to the product&apos;s coordinate system.</source>
        <translation>Le lieu ne peut pas être converti dans le système de coordonnées du produit.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="840"/>
        <source>{name} has an unusable geotransform.</source>
        <translation>{name} a une géotransformation inutilisable.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1042"/>
        <source>the first product</source>
        <translation>le premier produit</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1043"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1044"/>
        <source>between {start} and {end}</source>
        <translation>entre {start} et {end}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1075"/>
        <source>{n} products of {collection} match: too many for one series (at most {limit}). Choose a shorter period.</source>
        <translation>{n} produits de {collection} correspondent : c&apos;est trop pour une seule série (au maximum {limit}). Choisissez une période plus courte.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this point</source>
        <translation>ce point</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1089"/>
        <source>this area</source>
        <translation>cette zone</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1099"/>
        <source>No product of {collection} covers {what} at any date: it lies outside the collection&apos;s coverage. Check the place and its coordinate reference system ({crs}).</source>
        <translation>Aucun produit de {collection} ne couvre {what}, quelle que soit la date : le lieu est hors de la couverture de la collection. Vérifiez le lieu et son système de coordonnées de référence ({crs}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1109"/>
        <source> with at most {cloud:g} % cloud cover</source>
        <translation> avec au maximum {cloud:g} % de couverture nuageuse</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1114"/>
        <source>No product of {collection} covers {what} {period}{cloud}. Widen the period{more}.</source>
        <translation>Aucun produit de {collection} ne couvre {what} {period}{cloud}. Élargissez la période{more}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1119"/>
        <source> or raise the cloud limit</source>
        <translation> ou augmentez la limite de nuages</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1149"/>
        <source>Choose a collection for the time series.</source>
        <translation>Choisissez une collection pour la série temporelle.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1152"/>
        <source>The window around a point must be an odd number of pixels from 1 to {n}.</source>
        <translation>La fenêtre autour d&apos;un point doit être un nombre impair de pixels, de 1 à {n}.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1178"/>
        <source>Nothing to read.</source>
        <translation>Rien à lire.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1237"/>
        <source>the run stopped on an error after {done} of {n} products; the other dates are missing. {reason}</source>
        <translation>l&apos;exécution s&apos;est arrêtée sur une erreur après {done} produits sur {n} ; les autres dates manquent. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1242"/>
        <source>the catalogue failed while listing the products: only the {n} it listed before were read, later dates may be missing. {reason}</source>
        <translation>le catalogue a échoué en listant les produits : seuls les {n} listés auparavant ont été lus, des dates ultérieures peuvent manquer. {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1253"/>
        <source>None of the {n} products could be read. The first one failed: {reason}</source>
        <translation>Aucun des {n} produits n&apos;a pu être lu. Le premier a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1280"/>
        <source>All {n} dates are cloudy here: the series has only gaps. Try another period.</source>
        <translation>Les {n} dates sont toutes nuageuses ici : la série ne contient que des lacunes. Essayez une autre période.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1282"/>
        <source>None of the {n} dates has a valid value here (clouds, or no data at this place): the series has only gaps.</source>
        <translation>Aucune des {n} dates n&apos;a de valeur valide ici (nuages, ou pas de données à cet endroit) : la série ne contient que des lacunes.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1292"/>
        <source>{failed} of {n} products could not be read; their dates are marked as failed (first: {reason}). Run the series again to retry them.</source>
        <translation>{failed} produits sur {n} n&apos;ont pas pu être lus ; leurs dates sont marquées en échec (premier : {reason}). Relancez la série pour les réessayer.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1299"/>
        <source>Cancelled: {done} of {n} products were read.</source>
        <translation>Annulé : {done} produits sur {n} ont été lus.</translation>
    </message>
    <message>
        <location filename="../core/timeseries.py" line="1384"/>
        <source>The CSV file {path} cannot be written ({reason}).</source>
        <translation>Le fichier CSV {path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="30"/>
        <source>Time series of {indicator} in {collection}</source>
        <translation>Série temporelle de {indicator} dans {collection}</translation>
    </message>
    <message>
        <location filename="../core/timeseries_task.py" line="47"/>
        <source>The time series failed because of an error in the plugin ({error}). The details are in the log.</source>
        <translation>La série temporelle a échoué à cause d&apos;une erreur dans l&apos;extension ({error}). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="164"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Did you mean {names}?</source>
        <translation>Le {service} Terrascope n&apos;a pas de couche « {name} ». Vouliez-vous dire {names} ?</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="167"/>
        <source>The Terrascope {service} has no layer &quot;{name}&quot;. Its layers are: {names}.</source>
        <translation>Le {service} Terrascope n&apos;a pas de couche « {name} ». Ses couches sont : {names}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="168"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMTS service</source>
        <translation>service WMTS</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="173"/>
        <source>WMS service</source>
        <translation>service WMS</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="180"/>
        <source>&quot;{service}&quot; is not a Terrascope web service; use &quot;wmts&quot; or &quot;wms&quot;.</source>
        <translation>« {service} » n&apos;est pas un service web Terrascope ; utilisez &quot;wmts&quot; ou &quot;wms&quot;.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="233"/>
        <source>{service} sent capabilities that cannot be read (not XML). Try again later.</source>
        <translation>{service} a envoyé des capacités illisibles (pas du XML). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="242"/>
        <source>{service} refused to describe its layers: {message}</source>
        <translation>{service} a refusé de décrire ses couches : {message}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="243"/>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="252"/>
        <source>a web page ({title})</source>
        <translation>une page web ({title})</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="254"/>
        <source>a &lt;{tag}&gt; document</source>
        <translation>un document &lt;{tag}&gt;</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="257"/>
        <source>{service} sent {what} instead of its capabilities. Try again later.</source>
        <translation>{service} a envoyé {what} au lieu de ses capacités. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="392"/>
        <source>{service} sent capabilities without any layer.</source>
        <translation>{service} a envoyé des capacités sans aucune couche.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="562"/>
        <source>&quot;{value}&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="612"/>
        <source>The layer {name} has no format &quot;{format}&quot;; use one of {formats}.</source>
        <translation>La couche {name} n&apos;a pas de format « {format} » ; utilisez l&apos;un de ceux-ci : {formats}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="625"/>
        <source>The Terrascope WMTS service gives no tile matrix set for the layer {name}.</source>
        <translation>Le service WMTS Terrascope ne fournit aucun jeu de matrices de tuiles (tile matrix set) pour la couche {name}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="733"/>
        <source>Terrascope (VITO); see https://terrascope.be for the terms of use of each product.</source>
        <translation>Terrascope (VITO) ; consultez https://terrascope.be pour les conditions d&apos;utilisation de chaque produit.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="735"/>
        <source>Capabilities of the Terrascope {kind} service</source>
        <translation>Capacités du service {kind} Terrascope</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="772"/>
        <source>{name} has no data on {wanted}; showing {day}, the nearest date with data.</source>
        <translation>{name} n&apos;a pas de données le {wanted} ; affichage du {day}, la date la plus proche avec des données.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="784"/>
        <source>QGIS could not open the Terrascope {service} layer {name}{detail}.</source>
        <translation>QGIS n&apos;a pas pu ouvrir la couche {service} Terrascope {name}{detail}.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="828"/>
        <source>The layer {name} could not be added to the project.</source>
        <translation>La couche {name} n&apos;a pas pu être ajoutée au projet.</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="859"/>
        <source>The WMTS layers of this project keep their date: {error}</source>
        <translation>Les couches WMTS de ce projet gardent leur date : {error}</translation>
    </message>
    <message>
        <location filename="../core/web_services.py" line="877"/>
        <source>Connecting Terrascope WMTS layers to the time</source>
        <translation>Liaison des couches WMTS Terrascope au temps</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="47"/>
        <source>{:.2f} GB</source>
        <translation>{:.2f} Go</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="48"/>
        <source>{:.1f} MB</source>
        <translation>{:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="63"/>
        <source>Download Terrascope products</source>
        <translation>Télécharger des produits Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="69"/>
        <source>{n} products selected. Choose the files to download:</source>
        <translation>{n} produits sélectionnés. Choisissez les fichiers à télécharger :</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="74"/>
        <source>{key} — {title}: {n} files, {size}</source>
        <translation>{key} — {title} : {n} fichiers, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="78"/>
        <source>(some sizes unknown)</source>
        <translation>(certaines tailles inconnues)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="88"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="89"/>
        <source>Select none</source>
        <translation>Tout désélectionner</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="104"/>
        <location filename="../processing_provider/download_algorithm.py" line="127"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="106"/>
        <source>Files go to &lt;folder&gt;/&lt;collection&gt;/&lt;product id&gt;/.</source>
        <translation>Les fichiers sont placés dans &lt;dossier&gt;/&lt;collection&gt;/&lt;identifiant du produit&gt;/.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="112"/>
        <source>Clip to the search area (GeoTIFF files: only that part is downloaded)</source>
        <translation>Découper selon la zone de recherche (fichiers GeoTIFF : seule cette partie est téléchargée)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="116"/>
        <source>Draw or choose a search area first.</source>
        <translation>Dessinez ou choisissez d&apos;abord une zone de recherche.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="118"/>
        <source>Add the downloaded rasters to the map when done</source>
        <translation>Ajouter les rasters téléchargés à la carte une fois terminé</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="126"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="186"/>
        <source>Total: {n} files, {size}</source>
        <translation>Total : {n} fichiers, {size}</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="188"/>
        <source>and {n} of unknown size</source>
        <translation>et {n} de taille inconnue</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="190"/>
        <source>(less when clipped)</source>
        <translation>(moins après découpage)</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="215"/>
        <source>Select one or more products to download.</source>
        <translation>Sélectionnez un ou plusieurs produits à télécharger.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="253"/>
        <source>Nothing to download.</source>
        <translation>Rien à télécharger.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="262"/>
        <source>Downloading {n} files to {folder}; progress is in the task manager.</source>
        <translation>Téléchargement de {n} fichiers dans {folder} ; la progression est visible dans le gestionnaire de tâches.</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="278"/>
        <source>The end of a download could not be reported ({kind}: {error}).</source>
        <translation>La fin d&apos;un téléchargement n&apos;a pas pu être signalée ({kind} : {error}).</translation>
    </message>
    <message>
        <location filename="../ui/download_dialog.py" line="342"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="55"/>
        <source>Choose bands</source>
        <translation>Choisir les bandes</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="58"/>
        <source>Show three bands as red, green and blue, or one band on its own.</source>
        <translation>Affichez trois bandes en rouge, vert et bleu, ou une seule bande.</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="61"/>
        <source>Red, green, blue composite</source>
        <translation>Composition colorée rouge, vert, bleu</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="62"/>
        <source>One band</source>
        <translation>Une seule bande</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="63"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <location filename="../ui/layer_actions.py" line="91"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="66"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="91"/>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="125"/>
        <location filename="../ui/layer_actions.py" line="126"/>
        <location filename="../ui/results_panel.py" line="315"/>
        <location filename="../ui/web_services_panel.py" line="86"/>
        <source>Add to map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="131"/>
        <source>Add to map as</source>
        <translation>Ajouter à la carte en tant que</translation>
    </message>
    <message>
        <location filename="../ui/layer_actions.py" line="137"/>
        <source>Choose bands…</source>
        <translation>Choisir les bandes…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="85"/>
        <source>Logged in as {user}: session alive.</source>
        <translation>Connecté en tant que {user} : session active.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="87"/>
        <source>QGIS has no master password, so this login is kept in memory only: you will have to log in again after restarting QGIS.</source>
        <translation>QGIS n&apos;a pas de mot de passe principal : ces identifiants sont donc conservés en mémoire uniquement et vous devrez vous reconnecter après avoir redémarré QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="92"/>
        <source>Your login is saved, encrypted, in the QGIS authentication database.</source>
        <translation>Vos identifiants sont enregistrés, chiffrés, dans la base de données d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="95"/>
        <source>Your Terrascope login is saved, encrypted, in the QGIS authentication database: the plugin logs in by itself when something needs it.</source>
        <translation>Vos identifiants Terrascope sont enregistrés, chiffrés, dans la base de données d&apos;authentification de QGIS : l&apos;extension se connecte d&apos;elle-même lorsque c&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="101"/>
        <source>Not logged in. Searching works without a login; downloading and streaming most data need one.</source>
        <translation>Non connecté. La recherche fonctionne sans connexion ; le téléchargement et l&apos;affichage en flux de la plupart des données en nécessitent une.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in to Terrascope</source>
        <translation>Connexion à Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="131"/>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="140"/>
        <source>No web browser could be opened. Log in with your username and password instead.</source>
        <translation>Aucun navigateur web n&apos;a pu être ouvert. Connectez-vous plutôt avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="154"/>
        <source>Waiting for the Terrascope login in the browser</source>
        <translation>En attente de la connexion Terrascope dans le navigateur</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="155"/>
        <source>Log in to Terrascope in your web browser, then come back to QGIS.</source>
        <translation>Connectez-vous à Terrascope dans votre navigateur web, puis revenez dans QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out of Terrascope</source>
        <translation>Déconnexion de Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="174"/>
        <source>Logging out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <location filename="../ui/login_panel.py" line="193"/>
        <source>Logging in failed unexpectedly ({kind}). Please report it.</source>
        <translation>La connexion a échoué de manière inattendue ({kind}). Veuillez signaler le problème.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="60"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="61"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="62"/>
        <source>Least cloudy first</source>
        <translation>Moins nuageux d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="69"/>
        <location filename="../ui/web_services_panel.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="69"/>
        <source>Cloud</source>
        <translation>Nuages</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="177"/>
        <source>Cloud cover</source>
        <translation>Couverture nuageuse</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="188"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Asset</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="193"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="202"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="207"/>
        <source>Properties ({n})</source>
        <translation>Propriétés ({n})</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="208"/>
        <source>Assets ({n})</source>
        <translation>Ressources ({n})</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="263"/>
        <location filename="../ui/results_panel.py" line="443"/>
        <source>No search yet.</source>
        <translation>Aucune recherche pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="312"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="317"/>
        <source>Add the selected products to the map, streamed and styled (double-click a row does the same)</source>
        <translation>Ajouter les produits sélectionnés à la carte, affichés en flux et avec un style (un double-clic sur une ligne fait de même)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="321"/>
        <location filename="../ui/results_panel.py" line="658"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="322"/>
        <source>Download files of the selected products</source>
        <translation>Télécharger des fichiers des produits sélectionnés</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="364"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="448"/>
        <source>{shown} products</source>
        <translation>{shown} produits</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="450"/>
        <source>No product matches.</source>
        <translation>Aucun produit ne correspond.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="452"/>
        <source>{shown} of {matched} products</source>
        <translation>{shown} produits sur {matched}</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="454"/>
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="621"/>
        <source>Select one or more products to add to the map.</source>
        <translation>Sélectionnez un ou plusieurs produits à ajouter à la carte.</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="660"/>
        <source>Zoom to product</source>
        <translation>Zoomer sur le produit</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="661"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="662"/>
        <source>Copy id</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../ui/results_panel.py" line="694"/>
        <source>Terrascope · {collections} · {when}</source>
        <translation>Terrascope · {collections} · {when}</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="50"/>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="51"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="52"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="53"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="54"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="55"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="119"/>
        <source>Filter collections…</source>
        <translation>Filtrer les collections…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="132"/>
        <location filename="../ui/search_panel.py" line="239"/>
        <location filename="../ui/timeseries_dock.py" line="225"/>
        <source>Loading the collections…</source>
        <translation>Chargement des collections…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="134"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="146"/>
        <source>Map canvas extent</source>
        <translation>Emprise du canevas de carte</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="147"/>
        <source>Draw a rectangle</source>
        <translation>Dessiner un rectangle</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="148"/>
        <source>Draw a polygon</source>
        <translation>Dessiner un polygone</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="149"/>
        <source>Layer extent</source>
        <translation>Emprise de la couche</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="150"/>
        <source>Selected features</source>
        <translation>Entités sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="151"/>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="155"/>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="160"/>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="171"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="138"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="171"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="178"/>
        <location filename="../processing_provider/search_algorithm.py" line="139"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="172"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="186"/>
        <source>Largest cloud cover of a product; 100 % keeps every product.</source>
        <translation>Couverture nuageuse maximale d&apos;un produit ; 100 % conserve tous les produits.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="187"/>
        <source>Max. cloud</source>
        <translation>Nuages max.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="191"/>
        <source>More filters</source>
        <translation>Plus de filtres</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="198"/>
        <location filename="../ui/search_panel.py" line="340"/>
        <source>Choose one collection to filter on its properties.</source>
        <translation>Choisissez une seule collection pour filtrer selon ses propriétés.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="212"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="214"/>
        <location filename="../ui/timeseries_dock.py" line="157"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="241"/>
        <location filename="../ui/timeseries_dock.py" line="226"/>
        <source>Loading the Terrascope collections</source>
        <translation>Chargement des collections Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="284"/>
        <source>The catalogue has no collections.</source>
        <translation>Le catalogue ne contient aucune collection.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="324"/>
        <source>The chosen collections have no cloud cover (not optical).</source>
        <translation>Les collections choisies n&apos;ont pas de couverture nuageuse (non optiques).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="343"/>
        <source>Loading the filters of this collection…</source>
        <translation>Chargement des filtres de cette collection…</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="346"/>
        <source>Loading the filters of {collection}</source>
        <translation>Chargement des filtres de {collection}</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="364"/>
        <location filename="../ui/search_panel.py" line="380"/>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="373"/>
        <source>This collection has no other filters.</source>
        <translation>Cette collection n&apos;a pas d&apos;autres filtres.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="452"/>
        <source>Draw the search area on the map first (the Draw button).</source>
        <translation>Dessinez d&apos;abord la zone de recherche sur la carte (bouton Dessiner).</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="465"/>
        <source>The whole catalogue, no area limit.</source>
        <translation>Tout le catalogue, sans limite de zone.</translation>
    </message>
    <message>
        <location filename="../ui/search_panel.py" line="467"/>
        <source>Area: {km2} km²</source>
        <translation>Zone : {km2} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="151"/>
        <source>Choose a place and run a series: its values appear here.</source>
        <translation>Choisissez un lieu et lancez une série : ses valeurs s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="378"/>
        <source>value</source>
        <translation>valeur</translation>
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
        <translation>lacune (nuageux, pas de données)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="386"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="388"/>
        <source>incomplete series</source>
        <translation>série incomplète</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="457"/>
        <source>failed: {error}</source>
        <translation>échec : {error}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="458"/>
        <source>gap ({status})</source>
        <translation>lacune ({status})</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="464"/>
        <source>min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}</source>
        <translation>min {min:.4g}, max {max:.4g}, p10 {p10:.4g}, p90 {p90:.4g}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="467"/>
        <source>{valid} of {total} pixels valid</source>
        <translation>{valid} pixels valides sur {total}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_chart.py" line="470"/>
        <source>Click to load this scene.</source>
        <translation>Cliquez pour charger cette scène.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="104"/>
        <source>The collection whose products make the series</source>
        <translation>La collection dont les produits forment la série</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="105"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="109"/>
        <source>An index computed from the bands (NDVI…), the product&apos;s own value (NDVI, FAPAR…) or a band</source>
        <translation>Un indice calculé à partir des bandes (NDVI…), la valeur propre du produit (NDVI, FAPAR…) ou une bande</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="111"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="123"/>
        <source>From / to</source>
        <translation>Début / fin</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="129"/>
        <source>Skip products cloudier than this as a whole; clouds at the place are masked pixel by pixel</source>
        <translation>Ignorer les produits dont la couverture nuageuse globale dépasse cette valeur ; les nuages sur le lieu sont masqués pixel par pixel</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="131"/>
        <source>Max cloud cover</source>
        <translation>Couverture nuageuse max.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="134"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="136"/>
        <source>Click a point on the map</source>
        <translation>Cliquer sur un point de la carte</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="138"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="141"/>
        <source>Draw a polygon on the map: click its corners, right-click to finish</source>
        <translation>Dessiner un polygone sur la carte : cliquer sur ses sommets, clic droit pour terminer</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="144"/>
        <source>Selected feature</source>
        <translation>Entité sélectionnée</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="145"/>
        <source>Use the selected feature of the current layer</source>
        <translation>Utiliser l&apos;entité sélectionnée de la couche active</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="149"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="150"/>
        <source>No place yet.</source>
        <translation>Aucun lieu pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="156"/>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="178"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="179"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="317"/>
        <source>Select a point or polygon feature in a vector layer, and make that layer current.</source>
        <translation>Sélectionnez une entité ponctuelle ou polygonale dans une couche vecteur, et faites-en la couche active.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="322"/>
        <source>No feature of the layer &quot;{name}&quot; is selected.</source>
        <translation>Aucune entité de la couche « {name} » n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="342"/>
        <source>Point at {lon:.5f}°, {lat:.5f}°</source>
        <translation>Point : {lon:.5f}°, {lat:.5f}°</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="344"/>
        <source>Polygon of {area:,.2f} km²</source>
        <translation>Polygone de {area:,.2f} km²</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="346"/>
        <source>Several points or a line: a series needs one point or a polygon.</source>
        <translation>Plusieurs points ou une ligne : une série nécessite un seul point ou un polygone.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="392"/>
        <source>Choose a collection (they load when the panel opens).</source>
        <translation>Choisissez une collection (elles se chargent à l&apos;ouverture du panneau).</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="395"/>
        <source>Choose a place: click a point, draw a polygon or use a selected feature.</source>
        <translation>Choisissez un lieu : cliquez sur un point, dessinez un polygone ou utilisez une entité sélectionnée.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="419"/>
        <source>Searching and reading the products…</source>
        <translation>Recherche et lecture des produits…</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="471"/>
        <location filename="../ui/timeseries_dock.py" line="491"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="190"/>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="481"/>
        <source>The series stopped: {message} The {n} dates read before are kept in the chart.</source>
        <translation>La série s&apos;est arrêtée : {message} Les {n} dates lues auparavant restent dans le graphique.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="503"/>
        <location filename="../ui/timeseries_dock.py" line="508"/>
        <source>Saved {path}.</source>
        <translation>Enregistré : {path}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="510"/>
        <source>{path} could not be written.</source>
        <translation>Impossible d&apos;écrire {path}.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>Export the time series</source>
        <translation>Exporter la série temporelle</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="515"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="520"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="548"/>
        <source>The product {id} has no raster file to show.</source>
        <translation>Le produit {id} n&apos;a aucun fichier raster à afficher.</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="557"/>
        <source>Opening {name}</source>
        <translation>Ouverture de {name}</translation>
    </message>
    <message>
        <location filename="../ui/timeseries_dock.py" line="594"/>
        <source>{name} could not be opened: log in to Terrascope and try again.</source>
        <translation>Impossible d&apos;ouvrir {name} : connectez-vous à Terrascope et réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="55"/>
        <source>WMTS (tiles)</source>
        <translation>WMTS (tuiles)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="56"/>
        <source>WMS (maps)</source>
        <translation>WMS (cartes)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="57"/>
        <source>Terrascope&apos;s tiled WMTS, or its WMS (any map size and CRS)</source>
        <translation>Le WMTS tuilé de Terrascope, ou son WMS (toute taille de carte et tout SCR)</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="60"/>
        <source>Ask the service for its layers again</source>
        <translation>Redemander au service la liste de ses couches</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="62"/>
        <source>Filter layers by title or name</source>
        <translation>Filtrer les couches par titre ou par nom</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="65"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="73"/>
        <source>The dates that have data for this layer</source>
        <translation>Les dates pour lesquelles cette couche a des données</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="77"/>
        <source>Pick any day: the nearest date with data is chosen</source>
        <translation>Choisissez n&apos;importe quel jour : la date avec données la plus proche est retenue</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="78"/>
        <source>Follow the Temporal Controller</source>
        <translation>Suivre le Contrôleur temporel</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="81"/>
        <source>The layer shows the date with data that fits the Temporal Controller&apos;s frame; the date above is shown while the controller is off.</source>
        <translation>La couche affiche la date avec données qui correspond à l&apos;intervalle du Contrôleur temporel ; la date ci-dessus est affichée lorsque le contrôleur est désactivé.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="99"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="155"/>
        <source>Loading the layers of the Terrascope {service}</source>
        <translation>Chargement des couches du {service} Terrascope</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="192"/>
        <source>Loading the layers…</source>
        <translation>Chargement des couches…</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="194"/>
        <source>Use the reload button to try again.</source>
        <translation>Utilisez le bouton de rechargement pour réessayer.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="196"/>
        <source>The service offers no layer.</source>
        <translation>Le service ne propose aucune couche.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="215"/>
        <source>{count} dates with data, {first} to {last}</source>
        <translation>{count} dates avec données, du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="297"/>
        <source>Choose a layer first.</source>
        <translation>Choisissez d&apos;abord une couche.</translation>
    </message>
    <message>
        <location filename="../ui/web_services_panel.py" line="312"/>
        <source>Added &quot;{name}&quot; to the map.</source>
        <translation>Couche « {name} » ajoutée à la carte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="11"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="12"/>
        <source>Raster analysis</source>
        <translation>Analyse raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="58"/>
        <source>Clip raster</source>
        <translation>Découper un raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="61"/>
        <source>&lt;p&gt;Clips a raster (every band) by polygons of a layer, by an extent, or by both.&lt;/p&gt;&lt;p&gt;The output keeps the raster&apos;s pixels and pixel size: it is cropped to the pixels lying wholly inside the bounding box of the polygons, and pixels whose centre is outside them (or, with &lt;i&gt;all touched&lt;/i&gt;, pixels the polygons do not touch) get the no-data value. Polygons and extents in another CRS are reprojected to the raster&apos;s: the raster is never resampled. Only the needed part of the raster is read, tile row by tile row.&lt;/p&gt;&lt;p&gt;No-data value outside: the one given, else the raster&apos;s own, else 0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Découpe un raster (toutes ses bandes) selon les polygones d&apos;une couche, selon une emprise, ou selon les deux.&lt;/p&gt;&lt;p&gt;La sortie conserve les pixels et la taille de pixel du raster : elle est recadrée sur les pixels situés entièrement à l&apos;intérieur du rectangle englobant des polygones, et les pixels dont le centre est hors des polygones (ou, avec &lt;i&gt;all touched&lt;/i&gt;, les pixels que les polygones ne touchent pas) reçoivent la valeur NoData. Les polygones et emprises dans un autre SCR sont reprojetés dans celui du raster : le raster n&apos;est jamais rééchantillonné. Seule la partie nécessaire du raster est lue, rangée de tuiles par rangée de tuiles.&lt;/p&gt;&lt;p&gt;Valeur NoData à l&apos;extérieur : celle indiquée, sinon celle du raster, sinon 0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="73"/>
        <source>Raster</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="76"/>
        <source>Mask polygons</source>
        <translation>Polygones de masque</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="79"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="82"/>
        <source>No-data value outside</source>
        <translation>Valeur NoData à l&apos;extérieur</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="88"/>
        <source>Keep every pixel the polygons touch</source>
        <translation>Conserver tous les pixels touchés par les polygones</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="95"/>
        <location filename="../processing_provider/index_algorithm.py" line="180"/>
        <source>Cloud-Optimized GeoTIFF (with overviews)</source>
        <translation>Cloud-Optimized GeoTIFF (avec pyramides)</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="98"/>
        <source>Clipped</source>
        <translation>Découpé</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="105"/>
        <source>Choose the raster to clip.</source>
        <translation>Choisissez le raster à découper.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="112"/>
        <source>Give a mask polygon layer or an extent to clip by.</source>
        <translation>Indiquez une couche de polygones de masque ou une emprise de découpage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="122"/>
        <source>The mask layer has no feature: there is nothing to clip by.</source>
        <translation>La couche de masque n&apos;a aucune entité : il n&apos;y a rien selon quoi découper.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="129"/>
        <source>The extent is empty.</source>
        <translation>L&apos;emprise est vide.</translation>
    </message>
    <message>
        <location filename="../processing_provider/clip_algorithm.py" line="138"/>
        <source>The mask polygons and the extent do not overlap.</source>
        <translation>Les polygones de masque et l&apos;emprise ne se chevauchent pas.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="83"/>
        <source>Download products</source>
        <translation>Télécharger des produits</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="86"/>
        <source>&lt;p&gt;Downloads files of the products listed in a footprint layer (the output of &lt;i&gt;Search the catalogue&lt;/i&gt;: its &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; and &lt;i&gt;stac_url&lt;/i&gt; fields; tick &lt;i&gt;Selected features only&lt;/i&gt; to take the selection).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Assets&lt;/b&gt;: asset keys separated by commas, such as &lt;i&gt;B04,B08&lt;/i&gt;; empty: every data file. Files go to &lt;i&gt;folder/collection/product id/file&lt;/i&gt;. Each file is written as &lt;i&gt;.part&lt;/i&gt; and renamed when it is complete and matches the checksum or size the catalogue gives; an interrupted download resumes where it stopped, and files already there are not fetched again unless &lt;i&gt;Overwrite&lt;/i&gt; is ticked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Clip&lt;/b&gt;: with an extent or mask polygons, GeoTIFF files are clipped while downloading: only the part covering the area is transferred, written as &lt;i&gt;file_clip.tif&lt;/i&gt; with no-data outside the polygons; products outside the area are left out.&lt;/p&gt;&lt;p&gt;Most Terrascope data needs a login: log in in the Terrascope panel first (QGIS keeps it).&lt;/p&gt;&lt;p&gt;Outputs: a table of the files (product, asset, status, path, bytes, message) and the list of raster files, for the next algorithm of a model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Télécharge les fichiers des produits listés dans une couche d&apos;empreintes (la sortie de &lt;i&gt;Rechercher dans le catalogue&lt;/i&gt; : ses champs &lt;i&gt;id&lt;/i&gt;, &lt;i&gt;collection&lt;/i&gt; et &lt;i&gt;stac_url&lt;/i&gt; ; cochez &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt; pour ne prendre que la sélection).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ressources&lt;/b&gt; : clés de ressources séparées par des virgules, par exemple &lt;i&gt;B04,B08&lt;/i&gt; ; vide : tous les fichiers de données. Les fichiers sont placés dans &lt;i&gt;dossier/collection/identifiant du produit/fichier&lt;/i&gt;. Chaque fichier est d&apos;abord écrit en &lt;i&gt;.part&lt;/i&gt;, puis renommé lorsqu&apos;il est complet et correspond à la somme de contrôle ou à la taille indiquée par le catalogue ; un téléchargement interrompu reprend là où il s&apos;est arrêté, et les fichiers déjà présents ne sont pas téléchargés à nouveau, sauf si &lt;i&gt;Écraser les fichiers déjà téléchargés&lt;/i&gt; est coché.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Découpage&lt;/b&gt; : avec une emprise ou des polygones de masque, les fichiers GeoTIFF sont découpés pendant le téléchargement : seule la partie couvrant la zone est transférée, et elle est écrite sous le nom &lt;i&gt;fichier_clip.tif&lt;/i&gt;, avec la valeur NoData hors des polygones ; les produits situés hors de la zone sont ignorés.&lt;/p&gt;&lt;p&gt;La plupart des données Terrascope nécessitent une connexion : connectez-vous d&apos;abord dans le panneau Terrascope (QGIS conserve la connexion).&lt;/p&gt;&lt;p&gt;Sorties : une table des fichiers (produit, ressource, statut, chemin, octets, message) et la liste des fichiers raster, pour l&apos;algorithme suivant d&apos;un modèle.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="105"/>
        <source>Products (footprints)</source>
        <translation>Produits (empreintes)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="109"/>
        <source>Assets (keys separated by commas; empty: every data file)</source>
        <translation>Ressources (clés séparées par des virgules ; vide : tous les fichiers de données)</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="112"/>
        <source>Clip to extent</source>
        <translation>Découper selon une emprise</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="115"/>
        <source>Clip to polygons</source>
        <translation>Découper selon des polygones</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="121"/>
        <source>Overwrite files already downloaded</source>
        <translation>Écraser les fichiers déjà téléchargés</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="133"/>
        <source>Downloaded files</source>
        <translation>Fichiers téléchargés</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="139"/>
        <source>Raster files</source>
        <translation>Fichiers raster</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="140"/>
        <source>Files in place</source>
        <translation>Fichiers présents</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="141"/>
        <source>Files that failed</source>
        <translation>Fichiers en échec</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="152"/>
        <source>The input layer needs the fields &quot;id&quot; and &quot;collection&quot;: use the footprints written by &quot;Search the catalogue&quot;.</source>
        <translation>La couche en entrée doit contenir les champs « id » et « collection » : utilisez les empreintes produites par « Rechercher dans le catalogue ».</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="171"/>
        <source>Downloading {n} files ({size:.1f} MB known) to {folder}…</source>
        <translation>Téléchargement de {n} fichiers ({size:.1f} Mo connus) dans {folder}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="211"/>
        <source>{n} of {total} files in place.</source>
        <translation>{n} fichiers sur {total} présents.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="227"/>
        <source>The clip polygon layer has no features (or none is selected).</source>
        <translation>La couche de polygones de découpage n&apos;a aucune entité (ou aucune n&apos;est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="233"/>
        <source>The clip extent is empty.</source>
        <translation>L&apos;emprise de découpage est vide.</translation>
    </message>
    <message>
        <location filename="../processing_provider/download_algorithm.py" line="255"/>
        <source>The input layer has no products (or none is selected).</source>
        <translation>La couche en entrée ne contient aucun produit (ou aucun n&apos;est sélectionné).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="64"/>
        <source>Spectral index</source>
        <translation>Indice spectral</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="67"/>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask. Give the bands of one product: two rasters of the same band are an error.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s, unless a scale is given. The output is in the CRS most bands are in (the first band&apos;s on a tie), on the pixels of the finest input in that CRS (or in the chosen CRS and pixel size), over the area all inputs cover; the other inputs are resampled and reprojected on the fly. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcule un indice spectral à partir de rasters de bandes (fichiers Terrascope téléchargés ou couches de produits chargées) ou d&apos;un raster multibande, et l&apos;écrit dans un GeoTIFF float32.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rasters de bandes&lt;/b&gt; : un fichier par bande ; chacun est reconnu par son nom (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) ou par la description de sa bande. Le préréglage du capteur indique quelle bande est laquelle. Un raster Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; parmi eux sert de masque de nuages. Donnez les bandes d&apos;un seul produit : deux rasters de la même bande sont une erreur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Raster multibande&lt;/b&gt; : ses bandes sont identifiées par la correspondance des bandes (par exemple &lt;i&gt;red=3, nir=4&lt;/i&gt;), sinon par leurs descriptions, sinon par l&apos;ordre des bandes du capteur lorsque le nombre de bandes correspond.&lt;/p&gt;&lt;p&gt;Les comptes numériques sont convertis en réflectance avec l&apos;échelle et le décalage propres au raster, sinon avec ceux du capteur, sauf si une échelle est indiquée. La sortie est dans le SCR de la plupart des bandes (celui de la première bande en cas d&apos;égalité), sur les pixels de l&apos;entrée la plus fine dans ce SCR (ou dans le SCR et la taille de pixel choisis), sur la zone couverte par toutes les entrées ; les autres entrées sont rééchantillonnées et reprojetées à la volée. Les pixels où une entrée n&apos;a pas de données, où la classification de scène est l&apos;une des classes masquées (par défaut : pas de données, défectueux, ombre de nuage, nuages, cirrus), ou bien où un dénominateur est nul reçoivent la valeur NoData de sortie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="86"/>
        <source>&lt;p&gt;&lt;b&gt;Sensors&lt;/b&gt;:&lt;/p&gt;{}</source>
        <translation>&lt;p&gt;&lt;b&gt;Capteurs&lt;/b&gt; :&lt;/p&gt;{}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="87"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="155"/>
        <source>&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt;:&lt;/p&gt;{}</source>
        <translation>&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt; :&lt;/p&gt;{}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="94"/>
        <location filename="../processing_provider/index_algorithm.py" line="183"/>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="96"/>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="100"/>
        <source>Band rasters (one per band)</source>
        <translation>Rasters de bandes (un par bande)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="104"/>
        <source>Multiband raster</source>
        <translation>Raster multibande</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="109"/>
        <source>Band mapping of the multiband raster (such as red=3, nir=4)</source>
        <translation>Correspondance des bandes du raster multibande (par exemple red=3, nir=4)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="115"/>
        <source>Scene classification for the cloud mask (Sentinel-2 SCL)</source>
        <translation>Classification de scène pour le masque de nuages (Sentinel-2 SCL)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="122"/>
        <source>Masked scene classes</source>
        <translation>Classes de scène masquées</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="132"/>
        <source>Reflectance scale (0: the raster&apos;s own, else the sensor&apos;s)</source>
        <translation>Échelle de réflectance (0 : celle du raster, sinon celle du capteur)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="143"/>
        <source>Reflectance offset (with a scale other than 0)</source>
        <translation>Décalage de réflectance (avec une échelle différente de 0)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="150"/>
        <source>Resampling of coarser bands</source>
        <translation>Rééchantillonnage des bandes plus grossières</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="155"/>
        <source>Output CRS (default: the one most bands are in)</source>
        <translation>SCR de sortie (par défaut : celui de la plupart des bandes)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="163"/>
        <source>Output pixel size (0: the finest input&apos;s in the output CRS)</source>
        <translation>Taille de pixel en sortie (0 : celle de l&apos;entrée la plus fine dans le SCR de sortie)</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="173"/>
        <source>Output no-data value</source>
        <translation>Valeur NoData en sortie</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="195"/>
        <source>Give the band rasters, or a multiband raster: {} needs the bands {}.</source>
        <translation>Indiquez les rasters de bandes ou un raster multibande : {} nécessite les bandes {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="206"/>
        <source>The band mapping or the masked classes cannot be read: {}.</source>
        <translation>La correspondance des bandes ou les classes masquées sont illisibles : {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="228"/>
        <source>{}: band {} of {}</source>
        <translation>{} : bande {} de {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="232"/>
        <source>The bands {bands} hold integers (up to {largest:g}) read as reflectance with scale 1: {index} expects reflectance from 0 to 1, and its values will be wrong. Choose the sensor, or give the reflectance scale (such as 0.0001 for Sentinel-2 digital numbers).</source>
        <translation>Les bandes {bands} contiennent des entiers (jusqu&apos;à {largest:g}) lus comme réflectance avec l&apos;échelle 1 : {index} attend une réflectance de 0 à 1, et ses valeurs seront fausses. Choisissez le capteur, ou indiquez l&apos;échelle de réflectance (par exemple 0,0001 pour les comptes numériques de Sentinel-2).</translation>
    </message>
    <message>
        <location filename="../processing_provider/index_algorithm.py" line="245"/>
        <source>Cloud mask: classes {} of {}</source>
        <translation>Masque de nuages : classes {} de {}</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="59"/>
        <source>The layer &quot;{}&quot; is not a file raster (provider {}); save it as a GeoTIFF first.</source>
        <translation>La couche « {} » n&apos;est pas un raster fichier (fournisseur {}) ; enregistrez-la d&apos;abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="69"/>
        <source>The output must be a GeoTIFF file (.tif), not {}.</source>
        <translation>La sortie doit être un fichier GeoTIFF (.tif), pas {}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="85"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="90"/>
        <source>&lt;p&gt;&lt;b&gt;Compression&lt;/b&gt;: &lt;i&gt;ZSTD&lt;/i&gt; is fast, read by QGIS and GDAL 2.3 or later; &lt;i&gt;DEFLATE&lt;/i&gt; is read by every GIS, and slower; &lt;i&gt;NONE&lt;/i&gt; is the fastest and gives the largest files.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compression&lt;/b&gt; : &lt;i&gt;ZSTD&lt;/i&gt; est rapide, lu par QGIS et GDAL 2.3 ou ultérieur ; &lt;i&gt;DEFLATE&lt;/i&gt; est lu par tous les SIG, et plus lent ; &lt;i&gt;NONE&lt;/i&gt; est le plus rapide et donne les fichiers les plus volumineux.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/parameters.py" line="174"/>
        <source>Feature {id} of &quot;{layer}&quot; has an invalid geometry. Repair it (Fix geometries), or set Processing to skip or keep invalid input features.</source>
        <translation>L&apos;entité {id} de « {layer} » a une géométrie invalide. Réparez-la (Réparer les géométries), ou réglez le module Traitement pour ignorer ou conserver les entités invalides en entrée.</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="20"/>
        <source>Terrascope (VITO Earth observation)</source>
        <translation>Terrascope (observation de la Terre par VITO)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="68"/>
        <source>The filter &quot;{part}&quot; is not of the form property=value.</source>
        <translation>Le filtre « {part} » n&apos;est pas de la forme propriété=valeur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="106"/>
        <source>Search the catalogue</source>
        <translation>Rechercher dans le catalogue</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="109"/>
        <source>&lt;p&gt;Searches the Terrascope STAC catalogue and writes the footprints of the products found as polygons (WGS 84), with their id, collection, date and time, tile, cloud cover, platform, title and the addresses of their thumbnail and STAC record.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt;: one or more ids separated by commas, such as &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Area&lt;/b&gt;: an extent, or the features of a layer (tick &lt;i&gt;Selected features only&lt;/i&gt; to use the selection); any CRS. &lt;b&gt;Dates&lt;/b&gt; include both days. &lt;b&gt;Maximum cloud cover&lt;/b&gt; applies to optical collections. &lt;b&gt;Filters&lt;/b&gt;: &lt;i&gt;property=value&lt;/i&gt; pairs separated by semicolons, such as &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (also &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, or any STAC property name).&lt;/p&gt;&lt;p&gt;Every matching product is written (several tiles of the same day included), up to the maximum number of products (0: no limit).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Recherche dans le catalogue STAC Terrascope et écrit les empreintes des produits trouvés sous forme de polygones (WGS 84), avec leur identifiant, leur collection, leur date et heure, leur tuile, leur couverture nuageuse, leur plateforme, leur titre et les adresses de leur vignette et de leur fiche STAC.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Collections&lt;/b&gt; : un ou plusieurs identifiants séparés par des virgules, par exemple &lt;i&gt;terrascope-s2-toc-v2&lt;/i&gt;. &lt;b&gt;Zone&lt;/b&gt; : une emprise, ou les entités d&apos;une couche (cochez &lt;i&gt;Entités sélectionnées uniquement&lt;/i&gt; pour utiliser la sélection) ; n&apos;importe quel SCR. Les &lt;b&gt;dates&lt;/b&gt; de début et de fin sont toutes deux incluses. La &lt;b&gt;couverture nuageuse maximale&lt;/b&gt; s&apos;applique aux collections optiques. &lt;b&gt;Filtres&lt;/b&gt; : paires &lt;i&gt;propriété=valeur&lt;/i&gt; séparées par des points-virgules, par exemple &lt;i&gt;tile=31UES; orbit_direction=descending&lt;/i&gt; (également &lt;i&gt;relative_orbit&lt;/i&gt;, &lt;i&gt;platform&lt;/i&gt;, &lt;i&gt;product_type&lt;/i&gt;, ou tout nom de propriété STAC).&lt;/p&gt;&lt;p&gt;Tous les produits correspondants sont écrits (y compris plusieurs tuiles du même jour), jusqu&apos;au nombre maximal de produits (0 : pas de limite).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="128"/>
        <source>Collections (ids, separated by commas)</source>
        <translation>Collections (identifiants séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="132"/>
        <source>Area (extent)</source>
        <translation>Zone (emprise)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="135"/>
        <source>Area (features of a layer)</source>
        <translation>Zone (entités d&apos;une couche)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="143"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="151"/>
        <source>Filters (property=value; …)</source>
        <translation>Filtres (propriété=valeur ; …)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="156"/>
        <source>Maximum number of products (0: all)</source>
        <translation>Nombre maximal de produits (0 : tous)</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="162"/>
        <source>Footprints</source>
        <translation>Empreintes</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="191"/>
        <source>Searching {collections}…</source>
        <translation>Recherche dans {collections}…</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="212"/>
        <source>{count} of {matched} matching products written.</source>
        <translation>{count} produits correspondants écrits sur {matched}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/search_algorithm.py" line="222"/>
        <source>The area layer has no features (or none is selected).</source>
        <translation>La couche de zone n&apos;a aucune entité (ou aucune n&apos;est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="107"/>
        <source>Not read: the run stopped on an earlier feature. {message}</source>
        <translation>Non lu : l&apos;exécution s&apos;est arrêtée sur une entité précédente. {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="131"/>
        <source>Time series of an indicator</source>
        <translation>Série temporelle d&apos;un indicateur</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="134"/>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands (see the list below), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;A feature whose whole series failed (outside every product, no product in the period, every product unreadable) gets one row without a date: the status &lt;i&gt;nodata&lt;/i&gt; or &lt;i&gt;failed&lt;/i&gt;, and the reason in &lt;i&gt;error&lt;/i&gt;. A run that did not go to its end has a row with the status &lt;i&gt;cancelled&lt;/i&gt; or &lt;i&gt;incomplete&lt;/i&gt; after the rows read for a feature, and one for each feature it did not reach: such a table is not a whole series.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour chaque point ou polygone de la couche en entrée, suit un indicateur à travers les produits d&apos;une collection : une ligne par produit et par entité, avec la date, la valeur, le nombre de pixels valides et l&apos;identifiant du produit. Seuls les pixels nécessaires sont lus dans les fichiers de chaque produit (aucun téléchargement, aucune couche).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicateur&lt;/b&gt; : un indice calculé à partir des bandes (voir la liste ci-dessous), la valeur propre du produit (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; de ces collections) ou une bande (&lt;i&gt;B04&lt;/i&gt;, ou son nom courant &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;En un point, la valeur est celle du pixel ; sur un polygone, c&apos;est la moyenne des pixels dont le centre se trouve à l&apos;intérieur, avec le minimum, le maximum, les 10e et 90e centiles et l&apos;écart type. Avec &lt;b&gt;Masquer les nuages&lt;/b&gt;, les pixels que la classification de scène (SCL) marque comme pas de données, défectueux, ombre de nuage, nuage ou cirrus sont exclus ; la neige est conservée. Une date sans aucun pixel valide est une lacune : une valeur vide avec le statut &lt;i&gt;cloudy&lt;/i&gt; ou &lt;i&gt;nodata&lt;/i&gt;, jamais 0. Un produit illisible reçoit le statut &lt;i&gt;failed&lt;/i&gt; et la raison dans &lt;i&gt;error&lt;/i&gt; ; les autres sont tout de même écrits.&lt;/p&gt;&lt;p&gt;Une entité dont toute la série a échoué (hors de tout produit, aucun produit dans la période, aucun produit lisible) reçoit une ligne sans date : le statut &lt;i&gt;nodata&lt;/i&gt; ou &lt;i&gt;failed&lt;/i&gt;, et la raison dans &lt;i&gt;error&lt;/i&gt;. Une exécution qui n&apos;est pas allée jusqu&apos;au bout a une ligne au statut &lt;i&gt;cancelled&lt;/i&gt; ou &lt;i&gt;incomplete&lt;/i&gt; après les lignes lues pour une entité, et une pour chaque entité qu&apos;elle n&apos;a pas atteinte : une telle table n&apos;est pas une série complète.&lt;/p&gt;&lt;p&gt;Nécessite une connexion Terrascope (panneau Terrascope ou &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="160"/>
        <source>Collection (id)</source>
        <translation>Collection (identifiant)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="165"/>
        <source>Indicator (index, product or band)</source>
        <translation>Indicateur (indice, produit ou bande)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="169"/>
        <source>Points or polygons</source>
        <translation>Points ou polygones</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="176"/>
        <source>Maximum cloud cover of a product (%)</source>
        <translation>Couverture nuageuse maximale d&apos;un produit (%)</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="186"/>
        <source>Mask clouds with the scene classification</source>
        <translation>Masquer les nuages avec la classification de scène</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="191"/>
        <source>Rows written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="192"/>
        <source>Rows of products or features that failed</source>
        <translation>Lignes des produits ou entités en échec</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="193"/>
        <source>Features whose series is incomplete</source>
        <translation>Entités dont la série est incomplète</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="211"/>
        <source>The input layer has no features with a geometry (or none selected).</source>
        <translation>La couche en entrée n&apos;a aucune entité avec une géométrie (ou aucune n&apos;est sélectionnée).</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="231"/>
        <source>Not read: the run was cancelled before this feature.</source>
        <translation>Non lu : l&apos;exécution a été annulée avant cette entité.</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="252"/>
        <location filename="../processing_provider/timeseries_algorithm.py" line="262"/>
        <source>Feature {id}: {message}</source>
        <translation>Entité {id} : {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/timeseries_algorithm.py" line="270"/>
        <source>Feature {id}: {summary}</source>
        <translation>Entité {id} : {summary}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Computes a spectral index from band rasters (downloaded Terrascope files or loaded product layers) or from one multiband raster, and writes it as a float32 GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band rasters&lt;/b&gt;: one file per band; each is recognised by its name (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) or by its band description. The sensor preset says which band is which. A Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; raster among them is used as the cloud mask.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiband raster&lt;/b&gt;: its bands are found by the band mapping (such as &lt;i&gt;red=3, nir=4&lt;/i&gt;), else by their descriptions, else by the sensor&apos;s band order when the band count matches.&lt;/p&gt;&lt;p&gt;Digital numbers become reflectance with the raster&apos;s own scale and offset, else the sensor&apos;s (Sentinel-2 0.0001, PROBA-V 0.0005), unless a scale is given. Inputs of different pixel sizes or CRSs are resampled on the fly to the finest input&apos;s grid (or the chosen CRS and pixel size), over the area all inputs cover. Pixels where an input has no data, where the scene classification is one of the masked classes (default: no data, defective, cloud shadow, clouds, cirrus), or where a denominator is zero get the output no-data value.&lt;/p&gt;&lt;p&gt;Indices:&lt;/p&gt;{}</source>
        <translation type="vanished">&lt;p&gt;Calcule un indice spectral à partir de rasters de bandes (fichiers Terrascope téléchargés ou couches de produits chargées) ou d&apos;un raster multibande, et l&apos;écrit dans un GeoTIFF float32.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rasters de bandes&lt;/b&gt; : un fichier par bande ; chacun est reconnu par son nom (Sentinel-2 &lt;i&gt;…TOC-B04_10M…&lt;/i&gt;, PROBA-V &lt;i&gt;…_RED&lt;/i&gt;) ou par la description de sa bande. Le préréglage du capteur indique quelle bande est laquelle. Un raster Sentinel-2 &lt;i&gt;SCL&lt;/i&gt; parmi eux sert de masque de nuages.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Raster multibande&lt;/b&gt; : ses bandes sont identifiées par la correspondance des bandes (par exemple &lt;i&gt;red=3, nir=4&lt;/i&gt;), sinon par leurs descriptions, sinon par l&apos;ordre des bandes du capteur lorsque le nombre de bandes correspond.&lt;/p&gt;&lt;p&gt;Les comptes numériques sont convertis en réflectance avec l&apos;échelle et le décalage propres au raster, sinon avec ceux du capteur (Sentinel-2 0,0001, PROBA-V 0,0005), sauf si une échelle est indiquée. Les entrées de tailles de pixel ou de SCR différents sont rééchantillonnées à la volée sur la grille de l&apos;entrée la plus fine (ou selon le SCR et la taille de pixel choisis), sur la zone couverte par toutes les entrées. Les pixels où une entrée n&apos;a pas de données, où la classification de scène est l&apos;une des classes masquées (par défaut : pas de données, défectueux, ombre de nuage, nuages, cirrus), ou bien où un dénominateur est nul reçoivent la valeur NoData de sortie.&lt;/p&gt;&lt;p&gt;Indices :&lt;/p&gt;{}</translation>
    </message>
    <message>
        <source>Output CRS (default: the finest input&apos;s)</source>
        <translation type="vanished">SCR de sortie (par défaut : celui de l&apos;entrée la plus fine)</translation>
    </message>
    <message>
        <source>Output pixel size (0: the finest input&apos;s)</source>
        <translation type="vanished">Taille de pixel en sortie (0 : celle de l&apos;entrée la plus fine)</translation>
    </message>
    <message>
        <source>ZSTD (fast; read by QGIS and GDAL 2.3 or later)</source>
        <translation type="vanished">ZSTD (rapide ; lu par QGIS et GDAL 2.3 ou ultérieur)</translation>
    </message>
    <message>
        <source>DEFLATE (read by every GIS; slower)</source>
        <translation type="vanished">DEFLATE (lu par tous les SIG ; plus lent)</translation>
    </message>
    <message>
        <source>None (fastest, largest files)</source>
        <translation type="vanished">Aucune (la plus rapide, fichiers les plus volumineux)</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each point or polygon of the input layer, follows an indicator through the products of a collection: one row per product and feature, with the date, the value, the number of valid pixels and the product id. Only the pixels needed are read from each product&apos;s files (no download, no layer).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicator&lt;/b&gt;: an index computed from the bands ({indices}), the product&apos;s own value (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; of those collections) or a band (&lt;i&gt;B04&lt;/i&gt;, or its common name &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;At a point the value is the pixel&apos;s; over a polygon it is the mean of the pixels whose centre lies inside, with min, max, 10th and 90th percentiles and standard deviation. With &lt;b&gt;mask clouds&lt;/b&gt;, pixels that the scene classification (SCL) marks as no data, defective, cloud shadow, cloud or cirrus are left out; snow is kept. A date without any valid pixel is a gap: an empty value with the status &lt;i&gt;cloudy&lt;/i&gt; or &lt;i&gt;nodata&lt;/i&gt;, never 0. A product that cannot be read has the status &lt;i&gt;failed&lt;/i&gt; and the reason in &lt;i&gt;error&lt;/i&gt;; the others are still written.&lt;/p&gt;&lt;p&gt;Needs a Terrascope login (Terrascope panel or &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</source>
        <translation type="vanished">&lt;p&gt;Pour chaque point ou polygone de la couche en entrée, suit un indicateur à travers les produits d&apos;une collection : une ligne par produit et par entité, avec la date, la valeur, le nombre de pixels valides et l&apos;identifiant du produit. Seuls les pixels nécessaires sont lus dans les fichiers de chaque produit (aucun téléchargement, aucune couche).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicateur&lt;/b&gt; : un indice calculé à partir des bandes ({indices}), la valeur propre du produit (&lt;i&gt;NDVI&lt;/i&gt;, &lt;i&gt;FAPAR&lt;/i&gt;, &lt;i&gt;LAI&lt;/i&gt;, &lt;i&gt;FCOVER&lt;/i&gt; de ces collections) ou une bande (&lt;i&gt;B04&lt;/i&gt;, ou son nom courant &lt;i&gt;red&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;En un point, la valeur est celle du pixel ; sur un polygone, c&apos;est la moyenne des pixels dont le centre se trouve à l&apos;intérieur, avec le minimum, le maximum, les 10e et 90e centiles et l&apos;écart type. Avec &lt;b&gt;Masquer les nuages&lt;/b&gt;, les pixels que la classification de scène (SCL) marque comme pas de données, défectueux, ombre de nuage, nuage ou cirrus sont exclus ; la neige est conservée. Une date sans aucun pixel valide est une lacune : une valeur vide avec le statut &lt;i&gt;cloudy&lt;/i&gt; ou &lt;i&gt;nodata&lt;/i&gt;, jamais 0. Un produit illisible reçoit le statut &lt;i&gt;failed&lt;/i&gt; et la raison dans &lt;i&gt;error&lt;/i&gt; ; les autres sont tout de même écrits.&lt;/p&gt;&lt;p&gt;Nécessite une connexion Terrascope (panneau Terrascope ou &lt;i&gt;api.login()&lt;/i&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the answer was lost</source>
        <translation type="vanished">la réponse a été perdue</translation>
    </message>
    <message>
        <source>Choose a folder to download to.</source>
        <translation type="vanished">Choisissez un dossier de téléchargement.</translation>
    </message>
    <message>
        <source>The {band} file of {product} could not be read ({reason}). Try again later.</source>
        <translation type="vanished">Le fichier {band} de {product} n&apos;a pas pu être lu ({reason}). Réessayez plus tard.</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="60"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="68"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../resources/ui/dock.ui" line="76"/>
        <source>Web services</source>
        <translation>Services web</translation>
    </message>
</context>
<context>
    <name>TerrascopeLoginPanel</name>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="21"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="49"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="59"/>
        <source>username or e-mail</source>
        <translation>nom d&apos;utilisateur ou adresse e-mail</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="66"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="79"/>
        <source>Keep the login in the QGIS authentication database, encrypted with your master password, and log in silently next time</source>
        <translation>Conserver les identifiants dans la base de données d&apos;authentification de QGIS, chiffrés avec votre mot de passe principal, et se connecter automatiquement la prochaine fois</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="82"/>
        <source>Remember me</source>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="97"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="107"/>
        <source>Log in on the Terrascope website in your web browser (for accounts without a password)</source>
        <translation>Se connecter sur le site web de Terrascope dans votre navigateur (pour les comptes sans mot de passe)</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="110"/>
        <source>Browser login…</source>
        <translation>Connexion par navigateur…</translation>
    </message>
    <message>
        <location filename="../resources/ui/login_panel.ui" line="117"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
</TS>
