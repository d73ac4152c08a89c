/**
 * Facts about Uttarakhand's and Haryana's districts for the sample generator (as districtData.ts
 * for MP): population (Census 2011, lakh; Charkhi Dadri carved out of Bhiwani in 2016 with about
 * 5 lakh), an urban multiplier for the big cities, and development blocks.
 */
import type { DistrictInfo } from './districtData';
import type { StateId } from '../../domain/geo/states';

const i = (pop: number, blocks: string, urban = 1, tribal = false): DistrictInfo => ({ pop, urban, tribal, blocks: blocks.split(',') });

export const UK_DISTRICT_INFO: Record<string, DistrictInfo> = {
  Chamoli: i(3.9, 'Joshimath,Dasholi,Karnaprayag,Gairsain,Tharali,Narayanbagar,Ghat,Dewal,Pokhari'),
  Dehradun: i(16.96, 'Sahaspur,Raipur,Doiwala,Vikasnagar,Kalsi,Chakrata', 1.8),
  Haridwar: i(18.9, 'Bhagwanpur,Roorkee,Narsan,Bahadrabad,Laksar,Khanpur', 1.3),
  'Pauri Garhwal': i(6.87, 'Pauri,Kot,Khirsu,Thalisain,Dugadda,Yamkeshwar,Kaljikhal,Pokhra,Rikhnikhal,Bironkhal,Ekeshwar,Jaiharikhal,Dwarikhal,Nainidanda,Pabo'),
  Rudraprayag: i(2.42, 'Ukhimath,Augustmuni,Jakholi'),
  'Tehri Garhwal': i(6.19, 'Pratapnagar,Jaunpur,Chamba,Narendranagar,Kirtinagar,Devprayag,Jakhnidhar,Thauldhar,Bhilangana'),
  Uttarkashi: i(3.3, 'Bhatwari,Dunda,Chinyalisaur,Naugaon,Purola,Mori'),
  Almora: i(6.22, 'Hawalbagh,Dwarahat,Bhikiyasain,Chaukhutia,Salt,Lamgara,Dhauladevi,Takula,Bhaisiyachana,Syaldey,Tarikhet'),
  Bageshwar: i(2.6, 'Bageshwar,Kapkot,Garur'),
  Champawat: i(2.6, 'Champawat,Lohaghat,Pati,Barakot'),
  Nainital: i(9.55, 'Haldwani,Ramnagar,Kotabagh,Bhimtal,Dhari,Okhalkanda,Betalghat,Ramgarh', 1.3),
  Pithoragarh: i(4.84, 'Munsiyari,Dharchula,Berinag,Didihat,Gangolihat,Kanalichhina,Munakot,Bin'),
  'Udham Singh Nagar': i(16.5, 'Rudrapur,Kashipur,Jaspur,Bajpur,Gadarpur,Khatima,Sitarganj', 1.2),
};

export const HR_DISTRICT_INFO: Record<string, DistrictInfo> = {
  Ambala: i(11.3, 'Ambala-I,Ambala-II,Barara,Naraingarh,Saha,Shahzadpur', 1.2),
  Kurukshetra: i(9.6, 'Thanesar,Pehowa,Shahabad,Ladwa,Babain'),
  Panchkula: i(5.6, 'Pinjore,Raipur Rani,Barwala,Morni', 1.3),
  Yamunanagar: i(12.1, 'Jagadhri,Bilaspur,Chhachhrauli,Radaur,Mustafabad,Sadhaura'),
  Faridabad: i(18.1, 'Ballabgarh,Faridabad,Tigaon,Prithla', 1.7),
  Nuh: i(10.9, 'Nuh,Ferozepur Jhirka,Punhana,Tauru,Nagina'),
  Palwal: i(10.4, 'Palwal,Hodal,Hathin,Hassanpur'),
  Gurugram: i(15.1, 'Gurugram,Sohna,Pataudi,Farrukhnagar', 1.9),
  Mahendragarh: i(9.2, 'Narnaul,Mahendragarh,Ateli,Nangal Chaudhary,Kanina'),
  Rewari: i(9.0, 'Rewari,Bawal,Khol,Jatusana,Nahar'),
  Fatehabad: i(9.4, 'Fatehabad,Tohana,Ratia,Bhuna,Jakhal,Bhattu Kalan'),
  Hisar: i(17.4, 'Hisar-I,Hisar-II,Hansi-I,Hansi-II,Barwala,Adampur,Agroha,Narnaund,Uklana', 1.2),
  Jind: i(13.3, 'Jind,Julana,Safidon,Narwana,Uchana,Pillukhera,Alewa'),
  Sirsa: i(12.9, 'Sirsa,Dabwali,Ellenabad,Rania,Odhan,Baragudha,Nathusari Chopta'),
  Kaithal: i(10.7, 'Kaithal,Kalayat,Pundri,Rajound,Guhla,Siwan'),
  Karnal: i(15.1, 'Karnal,Gharaunda,Indri,Nilokheri,Assandh,Nissing', 1.2),
  Panipat: i(12.0, 'Panipat,Samalkha,Israna,Madlauda,Bapoli', 1.2),
  Bhiwani: i(11.3, 'Bhiwani,Tosham,Loharu,Siwani,Kairu,Behal,Bawani Khera'),
  'Charkhi Dadri': i(5.0, 'Dadri-I,Dadri-II,Badhra,Jhojhu'),
  Jhajjar: i(9.6, 'Jhajjar,Bahadurgarh,Beri,Matanhail,Salhawas'),
  Rohtak: i(10.6, 'Rohtak,Kalanaur,Meham,Sampla,Lakhan Majra', 1.3),
  Sonipat: i(14.5, 'Sonipat,Gohana,Ganaur,Kharkhoda,Rai,Mundlana'),
};

/** Cities with a municipal corporation (Nagar Nigam) in the two states. */
export const STATE_CORPORATIONS = new Set([
  'Dehradun', 'Haridwar', 'Nainital', 'Udham Singh Nagar', 'Pauri Garhwal',
  'Faridabad', 'Gurugram', 'Ambala', 'Panchkula', 'Karnal', 'Panipat', 'Rohtak', 'Hisar', 'Yamunanagar', 'Sonipat',
]);

/**
 * Where complaints come from, per state (call, web, app, cm_window, smgt, samadhan_camp, other):
 * MP's CM Helpline is mostly calls to 181; Uttarakhand's 1905 likewise; Haryana's reviews run on
 * CM Window, SMGT (social media) and Samadhan camps (held every working morning in the district).
 */
export const SOURCE_BASE: Record<StateId, number[]> = {
  mp: [0.72, 0.06, 0.09, 0.03, 0.03, 0.01, 0.03],
  uk: [0.74, 0.08, 0.1, 0, 0.04, 0.01, 0.03],
  hr: [0.04, 0.1, 0.05, 0.46, 0.17, 0.16, 0.02],
};

/** Number of districts carrying an old backlog (MP: 5 of 55). */
export const BACKLOG_DISTRICTS: Record<StateId, number> = { mp: 5, uk: 2, hr: 3 };
