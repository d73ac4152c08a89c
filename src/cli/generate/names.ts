/** Given names and surnames common in Madhya Pradesh, for officer names in the sample. */
export const GIVEN_NAMES = (
  'Rajesh,Suresh,Mahesh,Ramesh,Dinesh,Anil,Sunil,Vinod,Manoj,Sanjay,Rakesh,Mukesh,Ashok,Alok,Amit,Sumit,' +
  'Rahul,Rohit,Vikas,Vivek,Deepak,Pankaj,Pradeep,Sandeep,Narendra,Devendra,Mahendra,Jitendra,Yogesh,Umesh,' +
  'Ravi,Arvind,Ajay,Vijay,Santosh,Kamal,Gopal,Shailendra,Brijesh,Neeraj,Abhishek,Gaurav,Harish,Kailash,' +
  'Lokesh,Nitin,Praveen,Rajendra,Shivraj,Tarun,Virendra,Anand,Imran,Salim,Aftab,Manish,Hemant,Kishore,' +
  'Sunita,Anita,Kavita,Rekha,Seema,Neha,Pooja,Priya,Shweta,Ritu,Anjali,Meena,Sarita,Mamta,Poonam,Sapna,' +
  'Archana,Vandana,Jyoti,Nisha,Shabnam,Rashmi,Swati,Preeti,Kiran,Sadhna,Usha,Bharti,Divya,Asha'
).split(',');

export const SURNAMES = (
  'Sharma,Verma,Patel,Singh,Yadav,Tiwari,Mishra,Dubey,Chouhan,Raghuwanshi,Thakur,Malviya,Uikey,Marskole,' +
  'Dhurve,Bhuria,Kushwaha,Jain,Gupta,Soni,Rajput,Parmar,Solanki,Ahirwar,Jatav,Meena,Dangi,Patidar,Choudhary,' +
  'Pandey,Shukla,Dwivedi,Tripathi,Saxena,Shrivastava,Khan,Qureshi,Namdev,Rathore,Tomar,Bhadoriya,Gurjar,' +
  'Kirar,Lodhi,Sahu,Nema,Agrawal,Pathak,Bhargava,Vishwakarma,Kori,Baghel,Mandloi,Dawar,Tekam,Kumre,Maravi,' +
  'Sen,Chaturvedi,Goswami,Dixit,Awasthi,Bhatt,Joshi,Vyas,Rawat,Chandel,Bundela,Dhakad,Sisodiya'
).split(',');
