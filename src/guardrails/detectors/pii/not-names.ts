// Capitalised words that are not person names: function words that open sentences, days, months,
// honorifics, place and organisation words, languages and nationalities, and the verbs that start
// requests ("Call Anna" must yield "Anna", not "Call Anna"). A run of capitalised words is split
// at these, so "New York Times", "Apple Watch" or "Monday Morning" never read as a name.

const WORDS = `
a an the this that these those there here it its he she his her him they them their we our us you your i me my
mine who whom whose what which where when why how whether if then than so but and or nor not no yes ok okay
of in on at to for from by with without about above below under over into onto upon after before during since
until while because although though as also just only even still again ever never always often sometimes
is are was were be been being am do does did done have has had having can could will would shall should may
might must let lets get got go goes went come came make made take took give gave see saw say said tell told
ask asked call called send sent meet met contact email mail write wrote read please thanks thank hello hi hey
dear regards sincerely cheers best kind warm yours welcome sorry excuse note notes see also maybe perhaps
today tomorrow yesterday tonight morning afternoon evening night week weekend month year day days time
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
mr mrs ms miss mx dr prof sir dame lord lady herr frau mme mlle madame monsieur senor señor sr sra st saint san
santa santo sainte king queen prince princess president minister senator governor mayor pope father sister
brother uncle aunt captain general colonel major sergeant officer agent judge professor doctor nurse chef
north south east west northern southern eastern western central upper lower new old great greater little big
united states kingdom republic federal national international american british english french german spanish
italian portuguese dutch chinese japanese korean indian russian polish swedish norwegian danish finnish greek
turkish arabic african asian european australian canadian mexican brazilian irish scottish welsh swiss
america europe asia africa australia england france germany spain italy china japan india canada mexico
brazil russia london paris berlin rome madrid tokyo york angeles francisco washington chicago boston texas
california florida city town village county state province district region street road avenue lane drive
river lake mount mountain island bay beach park garden gardens square bridge hill valley coast ocean sea
inc ltd llc corp co company corporation group holdings bank capital partners solutions systems services
technologies software labs university college school academy institute hospital clinic church museum library
center centre foundation association society council committee department ministry office agency board
club team league union party army navy police court airport station hotel restaurant cafe bar shop store
market mall times post journal news daily weekly magazine review press media network radio tv channel
apple google microsoft amazon facebook meta twitter netflix tesla samsung intel nvidia oracle ibm adobe
watch phone iphone ipad mac windows office word excel android chrome linux python java javascript
internet web online app api data model chapter section part page figure table step phase level version
product service account order invoice payment card number total price plan project team meeting event
happy birthday christmas easter thanksgiving halloween new year holiday god jesus christ allah buddha bible
quran church world earth moon sun mars universe nature science art music film movie book song album
question answer example summary introduction conclusion overview description instructions input output
user assistant system bot human ai customer client patient guest visitor member owner admin support help
first second third last next final main general special public private personal full short long high low
producer director player singer actor actress author writer manager founder chairman coach
teacher student colleague speaker spokesperson detective inspector pastor candidate
apt apartment suite unit floor room box building flat
sierra oh ah wow yeah hmm respectfully cordially truly
friends future admissions team everyone all colleagues members parents students madam valued hiring
very choose build test run questions others master cathedral tower temple palace castle tortilla factory
jewish muslim catholic protestant christian hindu buddhist islamic
good great bad best better top free open close red blue green black white yellow orange purple pink brown gray grey
`;

export const NOT_NAMES: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
