/** Food, social justice, tribal and SC welfare, labour, school and higher education schemes. */
import type { SchemeDef } from './define';

export const WELFARE_SCHEMES: SchemeDef[] = [
  { id: 'PDS', department: 'FOOD', en: 'Public Distribution System (NFSA)', hi: 'सार्वजनिक वितरण प्रणाली (एनएफएसए)', params: [
    ['FOOD_PDS_DISTRIBUTED', 'Ration distributed against allotment', 'आवंटन के विरुद्ध राशन वितरण', '%', 98],
    ['FOOD_PDS_BIOMETRIC', 'Ration transactions with biometric authentication', 'बायोमेट्रिक सत्यापन से राशन लेन-देन', '%', 95],
    ['FOOD_PDS_EKYC', 'Ration-card members with e-KYC', 'ई-केवाईसी पूर्ण राशन कार्ड सदस्य', '%', 95],
  ] },
  { id: 'ONORC', department: 'FOOD', en: 'One Nation One Ration Card', hi: 'वन नेशन वन राशन कार्ड', params: [
    ['FOOD_ONORC_PORTABILITY', 'Portability transactions', 'पोर्टेबिलिटी लेन-देन', 'count', 3000],
  ] },
  { id: 'PMGKAY', department: 'FOOD', en: 'PM Garib Kalyan Anna Yojana', hi: 'प्रधानमंत्री गरीब कल्याण अन्न योजना', params: [
    ['FOOD_PMGKAY_LIFTED', 'Allotment lifted by fair price shops', 'उचित मूल्य दुकानों द्वारा आवंटन का उठाव', '%', 98],
  ] },
  { id: 'MSP_PROCUREMENT', department: 'FOOD', en: 'Procurement on MSP (e-Uparjan)', hi: 'समर्थन मूल्य पर उपार्जन (ई-उपार्जन)', params: [
    ['FOOD_PROC_QTY', 'Wheat and paddy procured', 'उपार्जित गेहूं एवं धान', 'tonnes', 20000],
    ['FOOD_PROC_PAY_7D', 'Farmers paid within 7 days', '7 दिवस में भुगतान प्राप्त किसान', '%', 95],
  ] },
  { id: 'LPG_REFILL', department: 'FOOD', en: 'LPG Refill Assistance (Rs 450)', hi: 'एलपीजी रिफिल सहायता (450 रुपये)', params: [
    ['FOOD_LPG_REFILL', 'Eligible refills reimbursed', 'पात्र रिफिल की राशि का भुगतान', '%', 90],
  ] },
  { id: 'SOCIAL_SECURITY_PENSION', department: 'SOCIAL_JUSTICE', en: 'Social Security Pensions (NSAP)', hi: 'सामाजिक सुरक्षा पेंशन (एनएसएपी)', params: [
    ['SJ_OLD_AGE_PAID', 'Old age pensions paid on time', 'समय पर वृद्धावस्था पेंशन भुगतान', '%', 98],
    ['SJ_WIDOW_PAID', 'Widow pensions paid on time', 'समय पर विधवा पेंशन भुगतान', '%', 98],
    ['SJ_PENSION_EKYC', 'Pensioners with e-KYC', 'ई-केवाईसी पूर्ण पेंशनधारी', '%', 95],
  ] },
  { id: 'KANYA_VIVAH', department: 'SOCIAL_JUSTICE', en: 'Mukhyamantri Kanya Vivah / Nikah Yojana', hi: 'मुख्यमंत्री कन्या विवाह / निकाह योजना', params: [
    ['SJ_KANYA_VIVAH_PAID', 'Assistance paid within 30 days', '30 दिवस में सहायता राशि भुगतान', '%', 95],
  ] },
  { id: 'UDID', department: 'SOCIAL_JUSTICE', en: 'Unique Disability ID (UDID)', hi: 'विशिष्ट दिव्यांगता पहचान पत्र (यूडीआईडी)', params: [
    ['SJ_UDID_CARDS', 'UDID cards generated against applications', 'आवेदनों के विरुद्ध जारी यूडीआईडी कार्ड', '%', 90],
    ['SJ_ASSISTIVE_AIDS', 'Assistive devices distributed', 'वितरित सहायक उपकरण', 'count', 200],
  ] },
  { id: 'SAMAGRA', department: 'SOCIAL_JUSTICE', en: 'Samagra ID e-KYC', hi: 'समग्र आईडी ई-केवाईसी', params: [
    ['SJ_SAMAGRA_EKYC', 'Samagra members with e-KYC', 'ई-केवाईसी पूर्ण समग्र सदस्य', '%', 95],
    ['SJ_SAMAGRA_DEDUP', 'Duplicate Samagra IDs resolved', 'निराकृत दोहरी समग्र आईडी', '%', 90],
  ] },
  { id: 'TRIBAL_SCHOLARSHIP', department: 'TRIBAL', en: 'Tribal Scholarships (pre and post-matric)', hi: 'जनजातीय छात्रवृत्ति (प्री एवं पोस्ट मैट्रिक)', params: [
    ['TRB_POSTMATRIC', 'Tribal post-matric scholarships disbursed', 'वितरित जनजातीय पोस्ट मैट्रिक छात्रवृत्ति', '%', 95],
    ['TRB_PREMATRIC', 'Tribal pre-matric scholarships disbursed', 'वितरित जनजातीय प्री मैट्रिक छात्रवृत्ति', '%', 95],
  ] },
  { id: 'FOREST_RIGHTS', department: 'TRIBAL', en: 'Forest Rights Act', hi: 'वन अधिकार अधिनियम', params: [
    ['TRB_FRA_DISPOSED', 'Forest rights claims disposed', 'निराकृत वन अधिकार दावे', '%', 90],
  ] },
  { id: 'AAHAR_ANUDAN', department: 'TRIBAL', en: 'Aahar Anudan Yojana (PVTG women)', hi: 'आहार अनुदान योजना (विशेष पिछड़ी जनजाति महिलाएं)', params: [
    ['TRB_AAHAR_PAID', 'Monthly Aahar Anudan paid', 'आहार अनुदान की मासिक राशि का भुगतान', '%', 98],
  ] },
  { id: 'PM_JANMAN', department: 'TRIBAL', en: 'PM-JANMAN', hi: 'पीएम-जनमन', params: [
    ['TRB_JANMAN_HOUSES', 'PM-JANMAN houses completed', 'पूर्ण पीएम-जनमन आवास', 'count', 50],
  ] },
  { id: 'SC_SCHOLARSHIP', department: 'SC_WELFARE', en: 'SC Post-matric Scholarship', hi: 'अनुसूचित जाति पोस्ट मैट्रिक छात्रवृत्ति', params: [
    ['SCW_POSTMATRIC', 'SC post-matric scholarships disbursed', 'वितरित अनुसूचित जाति पोस्ट मैट्रिक छात्रवृत्ति', '%', 95],
  ] },
  { id: 'ATROCITY_RELIEF', department: 'SC_WELFARE', en: 'Relief under SC/ST (Prevention of Atrocities) Act', hi: 'अनुसूचित जाति/जनजाति अत्याचार निवारण अधिनियम अंतर्गत राहत', params: [
    ['SCW_RELIEF_PAID', 'Relief paid within 7 days of FIR', 'एफआईआर के 7 दिवस में राहत राशि भुगतान', '%', 90],
  ] },
  { id: 'SAMBAL', department: 'LABOUR', en: 'Mukhyamantri Jan Kalyan (Sambal) Yojana', hi: 'मुख्यमंत्री जन कल्याण (संबल) योजना', params: [
    ['LAB_SAMBAL_EXGRATIA', 'Sambal ex-gratia paid within 30 days', '30 दिवस में संबल अनुग्रह सहायता भुगतान', '%', 95],
  ] },
  { id: 'BOCW', department: 'LABOUR', en: 'Building & Other Construction Workers Welfare', hi: 'भवन एवं अन्य सन्निर्माण कर्मकार कल्याण', params: [
    ['LAB_BOCW_REG', 'Construction workers registered', 'पंजीकृत निर्माण श्रमिक', 'count', 300],
  ] },
  { id: 'ESHRAM', department: 'LABOUR', en: 'e-Shram', hi: 'ई-श्रम', params: [
    ['LAB_ESHRAM_REG', 'Unorganised workers registered on e-Shram', 'ई-श्रम पर पंजीकृत असंगठित श्रमिक', 'count', 1000],
  ] },
  { id: 'SAMAGRA_SHIKSHA', department: 'SCHOOL_EDU', en: 'Samagra Shiksha', hi: 'समग्र शिक्षा', params: [
    ['SCH_ENROLMENT', 'Enrolment of children aged 6-14', '6-14 वर्ष के बच्चों का नामांकन', '%', 97],
    ['SCH_DROPOUT', 'Secondary-level dropout rate', 'माध्यमिक स्तर पर ड्रॉपआउट दर', '%', 10, 'lower'],
    ['SCH_TEACHER_ATT', 'Teacher attendance (e-attendance)', 'शिक्षक उपस्थिति (ई-अटेंडेंस)', '%', 95],
    ['SCH_TEXTBOOKS', 'Textbooks distributed', 'वितरित पाठ्यपुस्तकें', '%', 100],
    ['SCH_APAAR', 'Students with APAAR ID', 'अपार आईडी वाले विद्यार्थी', '%', 90],
  ] },
  { id: 'PM_POSHAN', department: 'SCHOOL_EDU', en: 'PM POSHAN (Mid-Day Meal)', hi: 'पीएम पोषण (मध्याह्न भोजन)', params: [
    ['SCH_MDM_DAYS', 'School days on which meal was served', 'भोजन वितरण वाले शाला दिवस', '%', 98],
    ['SCH_MDM_COVERAGE', 'Enrolled children served meal', 'भोजन प्राप्त करने वाले नामांकित बच्चे', '%', 90],
  ] },
  { id: 'FREE_CYCLE', department: 'SCHOOL_EDU', en: 'Free Cycle Distribution', hi: 'निःशुल्क साइकिल वितरण', params: [
    ['SCH_CYCLE', 'Eligible students given cycles', 'साइकिल प्राप्त पात्र विद्यार्थी', '%', 95],
  ] },
  { id: 'CM_RISE', department: 'SCHOOL_EDU', en: 'CM Rise (Sandipani) Schools', hi: 'सीएम राइज (सांदीपनि) विद्यालय', params: [
    ['SCH_CMRISE_WORKS', 'CM Rise school construction progress', 'सीएम राइज विद्यालय निर्माण प्रगति', '%', 80],
  ] },
  { id: 'GAON_KI_BETI', department: 'HIGHER_EDU', en: 'Gaon ki Beti Yojana', hi: 'गांव की बेटी योजना', params: [
    ['HED_GKB_PAID', 'Gaon ki Beti scholarships paid', 'भुगतान की गई गांव की बेटी छात्रवृत्ति', '%', 95],
  ] },
  { id: 'PRATIBHA_KIRAN', department: 'HIGHER_EDU', en: 'Pratibha Kiran Yojana', hi: 'प्रतिभा किरण योजना', params: [
    ['HED_PK_PAID', 'Pratibha Kiran scholarships paid', 'भुगतान की गई प्रतिभा किरण छात्रवृत्ति', '%', 95],
  ] },
  { id: 'MEDHAVI', department: 'HIGHER_EDU', en: 'Mukhyamantri Medhavi Vidyarthi Yojana', hi: 'मुख्यमंत्री मेधावी विद्यार्थी योजना', params: [
    ['HED_MMVY_SANCTIONED', 'Medhavi Vidyarthi applications sanctioned', 'स्वीकृत मेधावी विद्यार्थी आवेदन', '%', 95],
  ] },
];
