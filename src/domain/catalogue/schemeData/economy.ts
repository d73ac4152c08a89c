/** Agriculture and allied, energy, revenue, police, infrastructure and public-service schemes. */
import type { SchemeDef } from './define';

export const ECONOMY_SCHEMES: SchemeDef[] = [
  { id: 'PM_KISAN', department: 'AGRI', en: 'PM-KISAN', hi: 'पीएम-किसान', params: [
    ['AGR_PMKISAN_EKYC', 'PM-KISAN beneficiaries with e-KYC', 'ई-केवाईसी पूर्ण पीएम-किसान हितग्राही', '%', 98],
    ['AGR_PMKISAN_LAND_SEED', 'PM-KISAN beneficiaries with land records seeded', 'भू-अभिलेख सीडिंग पूर्ण पीएम-किसान हितग्राही', '%', 98],
  ] },
  { id: 'CM_KISAN', department: 'AGRI', en: 'Mukhyamantri Kisan Kalyan Yojana', hi: 'मुख्यमंत्री किसान कल्याण योजना', params: [
    ['AGR_CMKKY_PAID', 'Eligible farmers paid', 'भुगतान प्राप्त पात्र किसान', '%', 98],
  ] },
  { id: 'PMFBY', department: 'AGRI', en: 'PM Fasal Bima Yojana', hi: 'प्रधानमंत्री फसल बीमा योजना', params: [
    ['AGR_PMFBY_ENROLLED', 'Farmers enrolled for crop insurance', 'फसल बीमा हेतु पंजीकृत किसान', 'count', 30000],
    ['AGR_PMFBY_CLAIMS', 'Crop insurance claims settled', 'निराकृत फसल बीमा दावे', '%', 90],
    ['AGR_PMFBY_CCE', 'Crop-cutting experiments conducted', 'संपन्न फसल कटाई प्रयोग', '%', 100],
  ] },
  { id: 'SOIL_HEALTH', department: 'AGRI', en: 'Soil Health Card', hi: 'मृदा स्वास्थ्य कार्ड', params: [
    ['AGR_SHC_TESTED', 'Soil samples tested', 'परीक्षित मिट्टी नमूने', '%', 95],
  ] },
  { id: 'FERTILISER', department: 'AGRI', en: 'Fertiliser Distribution', hi: 'उर्वरक वितरण', params: [
    ['AGR_FERT_POS', 'Fertiliser sold through PoS machines', 'पीओएस मशीन से उर्वरक विक्रय', '%', 100],
  ] },
  { id: 'KCC_COOP', department: 'COOPERATIVE', en: 'Kisan Credit Card (cooperative crop loan)', hi: 'किसान क्रेडिट कार्ड (सहकारी फसल ऋण)', params: [
    ['COOP_KCC_NEW', 'New Kisan Credit Cards issued', 'जारी नवीन किसान क्रेडिट कार्ड', 'count', 1000],
    ['COOP_ZERO_INT_LOAN', 'Zero-interest crop loans disbursed', 'शून्य प्रतिशत ब्याज पर वितरित फसल ऋण', 'Rs lakh', 2000],
    ['COOP_RECOVERY', 'Crop loan recovery', 'फसल ऋण वसूली', '%', 80],
  ] },
  { id: 'GOKUL_MISSION', department: 'ANIMAL_HUSB', en: 'Rashtriya Gokul Mission', hi: 'राष्ट्रीय गोकुल मिशन', params: [
    ['AH_AI_DONE', 'Artificial inseminations performed', 'किए गए कृत्रिम गर्भाधान', 'count', 3000],
  ] },
  { id: 'LIVESTOCK_HEALTH', department: 'ANIMAL_HUSB', en: 'Livestock Health & Disease Control', hi: 'पशु स्वास्थ्य एवं रोग नियंत्रण', params: [
    ['AH_FMD_VACC', 'Foot-and-mouth disease vaccination coverage', 'खुरपका-मुंहपका टीकाकरण', '%', 95],
    ['AH_1962_CASES', 'Animal ambulance (1962) cases attended', 'पशु एंबुलेंस (1962) द्वारा उपचारित प्रकरण', 'count', 800],
  ] },
  { id: 'RDSS', department: 'ENERGY', en: 'Revamped Distribution Sector Scheme', hi: 'पुनर्गठित वितरण क्षेत्र योजना (आरडीएसएस)', params: [
    ['ENR_ATC_LOSS', 'AT&C losses', 'एटी एंड सी हानि', '%', 15, 'lower'],
    ['ENR_SMART_METERS', 'Smart meters installed', 'स्थापित स्मार्ट मीटर', 'count', 5000],
    ['ENR_BILLING_EFF', 'Billing efficiency', 'बिलिंग दक्षता', '%', 88],
    ['ENR_COLLECTION_EFF', 'Collection efficiency', 'राजस्व संग्रहण दक्षता', '%', 98],
  ] },
  { id: 'SAUBHAGYA', department: 'ENERGY', en: 'Saubhagya (household electrification)', hi: 'सौभाग्य (घरेलू विद्युतीकरण)', params: [
    ['ENR_HH_ELECTRIFIED', 'Households electrified', 'विद्युतीकृत घर', '%', 100],
  ] },
  { id: 'SUPPLY_RELIABILITY', department: 'ENERGY', en: 'Power Supply Reliability', hi: 'विद्युत आपूर्ति विश्वसनीयता', params: [
    ['ENR_DTR_FAILURE', 'Distribution transformer failure rate', 'वितरण ट्रांसफार्मर फेल होने की दर', '%', 5, 'lower'],
    ['ENR_DTR_REPLACED_72H', 'Failed transformers replaced within 72 hours', '72 घंटे में बदले गए फेल ट्रांसफार्मर', '%', 95],
    ['ENR_RURAL_SUPPLY_HRS', 'Average daily supply on rural domestic feeders', 'ग्रामीण घरेलू फीडरों पर औसत दैनिक आपूर्ति', 'hours', 22],
  ] },
  { id: 'GRIH_JYOTI', department: 'ENERGY', en: 'Atal Griha Jyoti Yojana', hi: 'अटल गृह ज्योति योजना', params: [
    ['ENR_GRIH_JYOTI', 'Eligible consumers billed at subsidised rate', 'रियायती दर पर बिलिंग वाले पात्र उपभोक्ता', '%', 98],
  ] },
  { id: 'PM_SURYA_GHAR', department: 'RENEWABLE', en: 'PM Surya Ghar Muft Bijli Yojana', hi: 'पीएम सूर्य घर मुफ्त बिजली योजना', params: [
    ['REN_ROOFTOP', 'Rooftop solar systems installed', 'स्थापित रूफटॉप सोलर संयंत्र', 'count', 100],
  ] },
  { id: 'REVENUE_CASES', department: 'REVENUE', en: 'Revenue Case Management (RCMS)', hi: 'राजस्व प्रकरण प्रबंधन (आरसीएमएस)', params: [
    ['REV_NAMANTARAN', 'Mutation (namantaran) cases disposed in time', 'समय-सीमा में निराकृत नामांतरण प्रकरण', '%', 90],
    ['REV_BATWARA', 'Partition (batwara) cases disposed in time', 'समय-सीमा में निराकृत बंटवारा प्रकरण', '%', 85],
    ['REV_SEEMANKAN', 'Demarcation (seemankan) cases disposed in time', 'समय-सीमा में निराकृत सीमांकन प्रकरण', '%', 85],
    ['REV_PENDING_OLD', 'Revenue cases pending beyond time limit', 'समय-सीमा बाह्य लंबित राजस्व प्रकरण', 'count', 150, 'lower'],
  ] },
  { id: 'LAND_RECORDS', department: 'REVENUE', en: 'Land Records (Bhu-Abhilekh)', hi: 'भू-अभिलेख', params: [
    ['REV_KHASRA_AADHAAR', 'Khasras linked to Aadhaar', 'आधार से लिंक खसरे', '%', 90],
    ['REV_FARMER_REGISTRY', 'Farmer IDs generated (AgriStack)', 'जनरेट की गई फार्मर आईडी (एग्रीस्टैक)', 'count', 5000],
    ['REV_DIGITAL_CROP_SURVEY', 'Digital crop survey (girdawari) completed', 'पूर्ण डिजिटल फसल सर्वेक्षण (गिरदावरी)', '%', 100],
  ] },
  { id: 'RBC_RELIEF', department: 'REVENUE', en: 'Natural Calamity Relief (RBC 6-4)', hi: 'प्राकृतिक आपदा राहत (आरबीसी 6-4)', params: [
    ['REV_RBC_PAID_30D', 'Relief paid within 30 days', '30 दिवस में राहत राशि भुगतान', '%', 95],
  ] },
  { id: 'LAND_REVENUE', department: 'REVENUE', en: 'Land Revenue Collection', hi: 'भू-राजस्व वसूली', params: [
    ['REV_COLLECTION', 'Land revenue collected against demand', 'मांग के विरुद्ध भू-राजस्व वसूली', '%', 80],
  ] },
  { id: 'DIAL_112', department: 'HOME', en: 'Dial 112 Emergency Response', hi: 'डायल 112 आपातकालीन सेवा', params: [
    ['HOM_112_RESPONSE', 'Average Dial 112 response time', 'डायल 112 का औसत प्रतिक्रिया समय', 'minutes', 20, 'lower'],
  ] },
  { id: 'CCTNS', department: 'HOME', en: 'Investigation & Prosecution (CCTNS)', hi: 'विवेचना एवं अभियोजन (सीसीटीएनएस)', params: [
    ['HOM_CHARGESHEET_60D', 'Charge-sheets filed within 60 days', '60 दिवस में प्रस्तुत अभियोग पत्र', '%', 90],
    ['HOM_WOMEN_CRIME_60D', 'Crimes against women investigated within 60 days', '60 दिवस में विवेचित महिला संबंधी अपराध', '%', 90],
  ] },
  { id: 'MUSKAAN', department: 'HOME', en: 'Operation Muskaan (missing children)', hi: 'ऑपरेशन मुस्कान (गुमशुदा बच्चे)', params: [
    ['HOM_MISSING_TRACED', 'Missing children traced', 'दस्तयाब गुमशुदा बच्चे', '%', 80],
  ] },
  { id: 'STATE_ROADS', department: 'PWD', en: 'State Roads', hi: 'राज्य मार्ग', params: [
    ['PWD_ROAD_KM', 'Road length built or upgraded', 'निर्मित या उन्नत सड़क लंबाई', 'km', 10],
  ] },
  { id: 'LOK_PATH', department: 'PWD', en: 'Lok Path (pothole reporting app)', hi: 'लोकपथ (गड्ढा शिकायत ऐप)', params: [
    ['PWD_LOKPATH_7D', 'Lok Path complaints resolved within 7 days', '7 दिवस में निराकृत लोकपथ शिकायतें', '%', 90],
  ] },
  { id: 'IRRIGATION', department: 'WRD', en: 'Irrigation Projects', hi: 'सिंचाई परियोजनाएं', params: [
    ['WRD_IRRIGATED_AREA', 'Area irrigated', 'सिंचित क्षेत्र', 'ha', 8000],
    ['WRD_CANAL_MAINT', 'Canal maintenance works completed', 'पूर्ण नहर संधारण कार्य', '%', 90],
  ] },
  { id: 'PLANTATION', department: 'FOREST', en: 'Plantation (Ek Ped Maa Ke Naam)', hi: 'वृक्षारोपण (एक पेड़ मां के नाम)', params: [
    ['FOR_SAPLINGS', 'Saplings planted', 'रोपित पौधे', 'count', 50000],
  ] },
  { id: 'TENDU_AND_WILDLIFE', department: 'FOREST', en: 'Tendu Leaf Collection & Wildlife Compensation', hi: 'तेंदूपत्ता संग्रहण एवं वन्यप्राणी क्षतिपूर्ति', params: [
    ['FOR_TENDU_PAID', 'Tendu collectors paid within 7 days', '7 दिवस में भुगतान प्राप्त तेंदूपत्ता संग्राहक', '%', 95],
    ['FOR_WILDLIFE_COMP', 'Wildlife damage compensation paid within 30 days', '30 दिवस में वन्यप्राणी क्षति मुआवजा भुगतान', '%', 90],
  ] },
  { id: 'SEEKHO_KAMAO', department: 'SKILL', en: 'Mukhyamantri Seekho Kamao Yojana', hi: 'मुख्यमंत्री सीखो कमाओ योजना', params: [
    ['SKL_SEEKHO_STIPEND', 'Seekho Kamao stipends paid on time', 'समय पर सीखो कमाओ स्टाइपेंड भुगतान', '%', 95],
  ] },
  { id: 'ITI', department: 'SKILL', en: 'ITI Training & Placement', hi: 'आईटीआई प्रशिक्षण एवं नियोजन', params: [
    ['SKL_ITI_PLACEMENT', 'ITI pass-outs placed', 'नियोजित आईटीआई उत्तीर्ण प्रशिक्षणार्थी', '%', 60],
  ] },
  { id: 'ROAD_SAFETY', department: 'TRANSPORT', en: 'Road Safety', hi: 'सड़क सुरक्षा', params: [
    ['TRN_ROAD_DEATHS', 'Road accident deaths', 'सड़क दुर्घटना में मृत्यु', 'count', 20, 'lower'],
  ] },
  { id: 'TRANSPORT_SERVICES', department: 'TRANSPORT', en: 'Transport Services', hi: 'परिवहन सेवाएं', params: [
    ['TRN_DL_PENDING', 'Driving licence applications pending over 7 days', '7 दिवस से अधिक लंबित ड्राइविंग लाइसेंस आवेदन', 'count', 50, 'lower'],
  ] },
  { id: 'MINERAL_REVENUE', department: 'MINING', en: 'Mineral Revenue', hi: 'खनिज राजस्व', params: [
    ['MIN_ROYALTY', 'Mineral royalty collected against target', 'लक्ष्य के विरुद्ध खनिज रॉयल्टी वसूली', '%', 90],
  ] },
  { id: 'CM_HELPLINE', department: 'PUBLIC_SERVICE', en: 'CM Helpline 181', hi: 'सीएम हेल्पलाइन 181', params: [
    ['PSM_CMH_DISPOSAL', 'CM Helpline complaints disposed', 'निराकृत सीएम हेल्पलाइन शिकायतें', '%', 85],
    ['PSM_CMH_SATISFIED', 'Complaints closed with citizen satisfaction', 'संतुष्टि के साथ बंद शिकायतें', '%', 70],
    ['PSM_CMH_PENDING_100', 'Complaints pending over 100 days', '100 दिवस से अधिक लंबित शिकायतें', 'count', 50, 'lower'],
  ] },
  { id: 'LOK_SEVA', department: 'PUBLIC_SERVICE', en: 'Lok Seva Guarantee', hi: 'लोक सेवा गारंटी', params: [
    ['PSM_LSG_IN_TIME', 'Services delivered within the guaranteed time', 'समय-सीमा में प्रदत्त सेवाएं', '%', 98],
  ] },
  { id: 'JAN_SUNWAI', department: 'PUBLIC_SERVICE', en: 'Jan Sunwai / Samadhan Online', hi: 'जनसुनवाई / समाधान ऑनलाइन', params: [
    ['PSM_JANSUNWAI', 'Jan Sunwai applications disposed', 'निराकृत जनसुनवाई आवेदन', '%', 90],
  ] },
];
