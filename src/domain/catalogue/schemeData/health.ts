/** Health & Family Welfare and Women & Child Development schemes (CM Dashboard parameters). */
import type { SchemeDef } from './define';

export const HEALTH_SCHEMES: SchemeDef[] = [
  { id: 'MATERNAL_HEALTH', department: 'HEALTH', en: 'Maternal Health (JSY & PMSMA)', hi: 'मातृ स्वास्थ्य (जननी सुरक्षा योजना एवं पीएमएसएमए)', params: [
    ['HLT_ANC_1TRI', 'ANC registration in first trimester', 'प्रथम तिमाही में प्रसव पूर्व पंजीयन', '%', 85],
    ['HLT_ANC_4', 'Pregnant women with four ANC check-ups', 'चार प्रसव पूर्व जांच वाली गर्भवती महिलाएं', '%', 80],
    ['HLT_INST_DELIV', 'Institutional deliveries', 'संस्थागत प्रसव', '%', 95],
    ['HLT_HOME_DELIV', 'Home deliveries', 'घरेलू प्रसव', '%', 3, 'lower'],
    ['HLT_JSY_PAID', 'JSY beneficiaries paid within 7 days', 'जननी सुरक्षा योजना का 7 दिवस में भुगतान', '%', 90],
  ] },
  { id: 'IMMUNISATION', department: 'HEALTH', en: 'Universal Immunisation (Mission Indradhanush)', hi: 'सार्वभौमिक टीकाकरण (मिशन इंद्रधनुष)', params: [
    ['HLT_FULL_IMMUN', 'Full immunisation of children 9-11 months', '9-11 माह के बच्चों का पूर्ण टीकाकरण', '%', 95],
    ['HLT_MR2', 'Measles-rubella second dose', 'खसरा-रूबेला दूसरी खुराक', '%', 90],
    ['HLT_UWIN', 'Vaccinations recorded on U-WIN', 'यू-विन पर दर्ज टीकाकरण', '%', 95],
  ] },
  { id: 'CHILD_HEALTH', department: 'HEALTH', en: 'Child Health (SNCU & NRC)', hi: 'शिशु स्वास्थ्य (एसएनसीयू एवं एनआरसी)', params: [
    ['HLT_IMR', 'Infant mortality rate', 'शिशु मृत्यु दर', 'per 1000 live births', 40, 'lower'],
    ['HLT_SNCU_DISCH', 'SNCU newborns discharged successfully', 'एसएनसीयू से सफलतापूर्वक डिस्चार्ज नवजात', '%', 85],
    ['HLT_LBW', 'Low birth weight newborns', 'कम वजन वाले नवजात', '%', 12, 'lower'],
  ] },
  { id: 'AYUSHMAN', department: 'HEALTH', en: 'Ayushman Bharat PM-JAY (Niramayam)', hi: 'आयुष्मान भारत पीएम-जय (निरामयम)', params: [
    ['HLT_AB_CARDS', 'Ayushman cards created', 'बनाए गए आयुष्मान कार्ड', 'count', 5000],
    ['HLT_AB_VAYVANDANA', 'Ayushman Vay Vandana cards (age 70+)', 'आयुष्मान वय वंदना कार्ड (70+ आयु)', 'count', 800],
    ['HLT_AB_CLAIMS_15D', 'Claims settled within 15 days', '15 दिवस में निराकृत दावे', '%', 90],
  ] },
  { id: 'TB_MUKT', department: 'HEALTH', en: 'TB Mukt Bharat (Ni-kshay)', hi: 'टीबी मुक्त भारत (नि-क्षय)', params: [
    ['HLT_TB_NOTIF', 'TB cases notified', 'अधिसूचित टीबी प्रकरण', 'count', 250],
    ['HLT_TB_SUCCESS', 'TB treatment success rate', 'टीबी उपचार सफलता दर', '%', 90],
    ['HLT_NIKSHAY_POSHAN', 'Ni-kshay Poshan Yojana payments', 'नि-क्षय पोषण योजना भुगतान', '%', 90],
  ] },
  { id: 'NCD_SCREENING', department: 'HEALTH', en: 'NCD Screening (Ayushman Arogya Mandir)', hi: 'गैर-संचारी रोग स्क्रीनिंग (आयुष्मान आरोग्य मंदिर)', params: [
    ['HLT_NCD_HTN', 'Population 30+ screened for hypertension', '30+ आयु वर्ग की उच्च रक्तचाप जांच', '%', 80],
    ['HLT_NCD_DIAB', 'Population 30+ screened for diabetes', '30+ आयु वर्ग की मधुमेह जांच', '%', 80],
    ['HLT_AAM_FUNCTIONAL', 'Ayushman Arogya Mandirs functional', 'क्रियाशील आयुष्मान आरोग्य मंदिर', '%', 95],
  ] },
  { id: 'SICKLE_CELL', department: 'HEALTH', en: 'Sickle Cell Anaemia Elimination Mission', hi: 'सिकल सेल एनीमिया उन्मूलन मिशन', params: [
    ['HLT_SCD_SCREENED', 'Persons screened for sickle cell', 'सिकल सेल हेतु स्क्रीन किए गए व्यक्ति', 'count', 6000],
  ] },
  { id: 'LADLI_BEHNA', department: 'WCD', en: 'Mukhyamantri Ladli Behna Yojana', hi: 'मुख्यमंत्री लाड़ली बहना योजना', params: [
    ['WCD_LB_CREDITED', 'Monthly instalments credited successfully', 'सफलतापूर्वक जमा मासिक किस्तें', '%', 99],
    ['WCD_LB_DBT_ENABLED', 'Beneficiary accounts Aadhaar-seeded and DBT-enabled', 'आधार लिंक एवं डीबीटी सक्षम हितग्राही खाते', '%', 98],
    ['WCD_LB_FAILED', 'Failed payments pending re-credit', 'पुनः भुगतान हेतु लंबित असफल भुगतान', 'count', 100, 'lower'],
  ] },
  { id: 'LADLI_LAXMI', department: 'WCD', en: 'Ladli Laxmi Yojana', hi: 'लाड़ली लक्ष्मी योजना', params: [
    ['WCD_LL_REG', 'New Ladli Laxmi registrations', 'लाड़ली लक्ष्मी नवीन पंजीयन', 'count', 600],
    ['WCD_LL_CERT_30D', 'Certificates issued within 30 days', '30 दिवस में जारी प्रमाण-पत्र', '%', 95],
  ] },
  { id: 'POSHAN', department: 'WCD', en: 'Poshan Abhiyaan', hi: 'पोषण अभियान', params: [
    ['WCD_GROWTH_MON', 'Children measured (growth monitoring)', 'वृद्धि निगरानी हेतु मापे गए बच्चे', '%', 95],
    ['WCD_STUNTING', 'Stunted children (0-5 years)', 'ठिगने बच्चे (0-5 वर्ष)', '%', 35, 'lower'],
    ['WCD_WASTING', 'Wasted children (0-5 years)', 'दुबले बच्चे (0-5 वर्ष)', '%', 12, 'lower'],
    ['WCD_SAM_NRC', 'SAM children referred to NRC', 'एनआरसी रेफर किए गए अति गंभीर कुपोषित बच्चे', '%', 90],
    ['WCD_THR', 'Take-home ration distributed', 'टेक होम राशन वितरण', '%', 95],
  ] },
  { id: 'ANGANWADI', department: 'WCD', en: 'Anganwadi Services', hi: 'आंगनवाड़ी सेवाएं', params: [
    ['WCD_AWC_OPEN', 'Anganwadi centres found open on inspection', 'निरीक्षण में खुले पाए गए आंगनवाड़ी केंद्र', '%', 95],
    ['WCD_AWC_PSE', 'Children 3-6 years attending pre-school', 'शाला पूर्व शिक्षा में उपस्थित 3-6 वर्ष के बच्चे', '%', 85],
    ['WCD_AWC_OWN_BLDG', 'Anganwadis in own building', 'स्वयं के भवन में संचालित आंगनवाड़ी', '%', 70],
  ] },
  { id: 'PMMVY', department: 'WCD', en: 'Pradhan Mantri Matru Vandana Yojana', hi: 'प्रधानमंत्री मातृ वंदना योजना', params: [
    ['WCD_PMMVY_REG', 'PMMVY beneficiaries registered', 'पंजीकृत मातृ वंदना हितग्राही', 'count', 800],
    ['WCD_PMMVY_PAID', 'Registered beneficiaries paid', 'भुगतान प्राप्त पंजीकृत हितग्राही', '%', 90],
  ] },
];
