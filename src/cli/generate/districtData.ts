/**
 * Facts about MP's districts that the sample generator needs beyond src/domain/geo/mpDistricts.ts:
 * population (Census 2011, lakh; the 2023 districts Maihar, Mauganj and Pandhurna carved out of
 * Satna, Rewa and Chhindwara, Niwari out of Tikamgarh, Agar Malwa out of Shajapur), an urban
 * complaint multiplier for the big cities, whether the district is predominantly tribal, and its
 * development blocks.
 */
export interface DistrictInfo {
  pop: number;
  urban: number;
  tribal: boolean;
  blocks: string[];
}

const i = (pop: number, blocks: string, tribal = false, urban = 1): DistrictInfo =>
  ({ pop, urban, tribal, blocks: blocks.split(',') });

/** Big cities with a Nagar Nigam (municipal corporation). */
export const MUNICIPAL_CORPORATIONS = new Set([
  'Indore', 'Bhopal', 'Jabalpur', 'Gwalior', 'Ujjain', 'Sagar', 'Satna', 'Rewa', 'Ratlam', 'Dewas',
  'Katni', 'Burhanpur', 'Khandwa', 'Morena', 'Singrauli', 'Chhindwara',
]);

export const DISTRICT_INFO: Record<string, DistrictInfo> = {
  Bhopal: i(23.7, 'Phanda,Berasia', false, 1.8),
  Raisen: i(13.3, 'Sanchi,Obedullaganj,Gairatganj,Begamganj,Silwani,Udaipura,Bareli'),
  Rajgarh: i(15.5, 'Rajgarh,Biaora,Narsinghgarh,Sarangpur,Khilchipur,Zirapur'),
  Sehore: i(13.1, 'Sehore,Ashta,Ichhawar,Nasrullaganj,Budhni'),
  Vidisha: i(14.6, 'Vidisha,Basoda,Nateran,Gyaraspur,Sironj,Lateri,Kurwai'),
  Bhind: i(17.0, 'Bhind,Ater,Mehgaon,Gohad,Lahar,Raun'),
  Morena: i(19.7, 'Morena,Ambah,Porsa,Joura,Kailaras,Pahadgarh,Sabalgarh'),
  Sheopur: i(6.9, 'Sheopur,Karahal,Vijaypur'),
  Ashoknagar: i(8.4, 'Ashoknagar,Chanderi,Isagarh,Mungaoli'),
  Datia: i(7.9, 'Datia,Bhander,Seondha'),
  Guna: i(12.4, 'Guna,Bamori,Aron,Raghogarh,Chachaura'),
  Gwalior: i(20.3, 'Morar,Dabra,Bhitarwar,Ghatigaon', false, 1.6),
  Shivpuri: i(17.3, 'Shivpuri,Pohri,Kolaras,Badarwas,Karera,Narwar,Pichhore,Khaniyadhana'),
  Betul: i(15.8, 'Betul,Multai,Amla,Athner,Bhainsdehi,Chicholi,Ghoradongri,Shahpur,Prabhat Pattan,Bhimpur', true),
  Harda: i(5.7, 'Harda,Khirkiya,Timarni'),
  Narmadapuram: i(12.4, 'Narmadapuram,Babai,Seoni Malwa,Kesla,Sohagpur,Pipariya,Bankhedi'),
  Alirajpur: i(7.3, 'Alirajpur,Jobat,Bhabra,Katthiwada,Sondwa,Udaigarh', true),
  Barwani: i(13.9, 'Barwani,Pansemal,Rajpur,Thikri,Sendhwa,Niwali,Pati', true),
  Burhanpur: i(7.6, 'Burhanpur,Khaknar', true),
  Dhar: i(21.9, 'Dhar,Badnawar,Sardarpur,Manawar,Kukshi,Nalchha,Tirla,Dharampuri,Gandhwani,Bagh,Dahi,Nisarpur,Umarban', true),
  Indore: i(32.8, 'Indore,Mhow,Depalpur,Sanwer', false, 1.9),
  Jhabua: i(10.3, 'Jhabua,Petlawad,Thandla,Meghnagar,Rama,Ranapur', true),
  Khandwa: i(13.1, 'Khandwa,Chhegaon Makhan,Pandhana,Harsud,Khalwa,Punasa,Baladi', true),
  Khargone: i(18.7, 'Khargone,Kasrawad,Maheshwar,Barwaha,Bhikangaon,Segaon,Zirnia,Bhagwanpura,Gogawan', true),
  Balaghat: i(17.0, 'Balaghat,Baihar,Birsa,Paraswada,Lanji,Kirnapur,Waraseoni,Khairlanji,Katangi,Lalbarra', true),
  Chhindwara: i(15.9, 'Chhindwara,Parasia,Junnardeo,Tamia,Harrai,Amarwara,Chourai,Bichhua,Mohkhed', true),
  Dindori: i(7.0, 'Dindori,Shahpura,Mehandwani,Amarpur,Bajag,Karanjiya,Samnapur', true),
  Jabalpur: i(24.6, 'Jabalpur,Panagar,Sihora,Majholi,Patan,Shahpura,Kundam', false, 1.5),
  Katni: i(12.9, 'Katni,Rithi,Badwara,Vijayraghavgarh,Bahoriband,Dheemarkheda'),
  Mandla: i(10.5, 'Mandla,Nainpur,Bichhiya,Niwas,Ghughri,Mawai,Narayanganj,Mohgaon,Bijadandi', true),
  Narsinghpur: i(10.9, 'Narsinghpur,Kareli,Gotegaon,Chawarpatha,Saikheda,Babai Chichli'),
  Seoni: i(13.8, 'Seoni,Barghat,Keolari,Lakhnadon,Chhapara,Ghansor,Dhanora,Kurai', true),
  Pandhurna: i(5.0, 'Pandhurna,Sausar', true),
  Rewa: i(15.0, 'Rewa,Raipur Karchuliyan,Sirmour,Jawa,Teonthar,Gangeo', false, 1.1),
  Satna: i(14.0, 'Sohawal,Majhgawan,Nagod,Uchehara,Rampur Baghelan', false, 1.1),
  Sidhi: i(11.3, 'Sidhi,Rampur Naikin,Sihawal,Majhauli,Kusmi', true),
  Singrauli: i(11.8, 'Waidhan,Deosar,Chitrangi', true),
  Maihar: i(8.3, 'Maihar,Amarpatan,Ramnagar'),
  Mauganj: i(8.6, 'Mauganj,Hanumana,Naigarhi'),
  Chhatarpur: i(17.6, 'Chhatarpur,Nowgong,Rajnagar,Laundi,Gaurihar,Bijawar,Buxwaha,Bada Malhera'),
  Damoh: i(12.6, 'Damoh,Hatta,Patera,Batiyagarh,Jabera,Tendukheda,Patharia'),
  Niwari: i(4.0, 'Niwari,Prithvipur'),
  Panna: i(10.2, 'Panna,Ajaigarh,Gunnor,Pawai,Shahnagar'),
  Sagar: i(23.8, 'Sagar,Rahatgarh,Khurai,Malthone,Bina,Banda,Shahgarh,Rehli,Deori,Kesli,Jaisinagar', false, 1.2),
  Tikamgarh: i(10.5, 'Tikamgarh,Jatara,Baldeogarh,Palera'),
  Anuppur: i(7.5, 'Anuppur,Jaithari,Kotma,Pushprajgarh', true),
  Shahdol: i(10.7, 'Sohagpur,Gohparu,Jaisinghnagar,Beohari,Burhar', true),
  Umaria: i(6.4, 'Karkeli,Manpur,Pali', true),
  'Agar Malwa': i(5.7, 'Agar,Susner,Nalkheda,Badod'),
  Dewas: i(15.6, 'Dewas,Sonkatch,Tonk Khurd,Kannod,Khategaon,Bagli', false, 1.1),
  Mandsaur: i(13.4, 'Mandsaur,Sitamau,Malhargarh,Garoth,Bhanpura'),
  Neemuch: i(8.3, 'Neemuch,Jawad,Manasa'),
  Ratlam: i(14.5, 'Ratlam,Jaora,Alot,Piploda,Sailana,Bajna', true),
  Shajapur: i(9.4, 'Shajapur,Shujalpur,Kalapipal,Moman Badodiya'),
  Ujjain: i(19.9, 'Ujjain,Ghatiya,Tarana,Mahidpur,Khachrod,Badnagar', false, 1.3),
};
