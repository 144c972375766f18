/**
 * Stop-word profiles for the language detector: the most frequent function words of each language
 * (articles, prepositions, conjunctions, pronouns, auxiliaries), written for this project from general
 * knowledge of each language. Words shared by several languages are fine: the detector weighs each hit by
 * 1 / (number of profiles holding the word), so only the distinguishing words decide between close
 * languages (da / no / sv, es / pt, nl / de).
 */
export const STOP_WORDS: Readonly<Record<string, string>> = {
  en: 'the of and to a in is that for it on was with as he by at from his be are have has were this an not but they which had been their said will who or would its after more she her than we there',
  fr: 'le la les de des du un une et est en que qui dans pour pas sur au aux par avec ce il elle ont sont été mais plus ou son sa ses leur nous se ne cette selon d l qu c n lors depuis',
  de: 'der die das und in den von zu mit ist nicht sich des auf für im dem ein eine als auch es an werden aus er hat dass sie nach wird bei einer um noch wie einem über zum war haben nur oder aber vor zur bis mehr durch',
  es: 'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o fue este ha porque esta son entre cuando muy sin sobre también hasta hay donde desde todo durante según',
  it: 'di e il la che è per un in del della non a i le una da sono al dei si con come alla ma anche gli ha lo nel più dopo delle nella questo ed degli essere stato ai tra perché ancora sul loro però ieri',
  pt: 'de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela até isso ela depois sem segundo ainda vai são',
  nl: 'de en van het een in is dat op te zijn die voor met niet aan er om ook als bij of door maar naar dan nog wordt over uit tot ze hij heeft worden kan was deze zal geen wel meer zich hun al dit',
  sv: 'och i att det som en på är av för med till den inte har de om ett var men han vi kan så från också efter sig när hade eller blev vara hon ska nu vid många säger mycket under där bara sina mot enligt',
  da: 'og i at det er en til på de af for med som den ikke har et var han vi kan om sig efter også fra men blev være hun skal nu ved mange siger havde over meget under hvor da kun eller der deres mod jeg hvis',
  no: 'og i er det på av til en som for med ikke har at de den et var han vi kan om seg etter også fra men ble være hun skal nå ved mange sier hadde over mye under hvor da bare eller der jeg mot hva sine blir når',
  pl: 'i w na z się nie do to że jest o a jak po co ale od za są tak przez już dla jego może by tym czy oraz także który która które roku był była było jej ich tylko przed pod we ze jednak bardzo według',
  ru: 'и в не на что с по он как а это к из у за от о так для его же но мы она было был были все уже до при этом также который которые года после или их ее только будет может ли бы со во',
  tr: 've bir bu da de için ile olarak çok daha en gibi ne o ama sonra kadar olan var yok her şu ise ya mi değil göre ancak olduğu tarafından yüzde ayrıca üzere şekilde büyük yeni ilk iki bin yıl önce arasında',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena tersebut bisa atau sudah saat kata mereka telah lebih menjadi masih hal kami setelah para namun bahwa hari ia sebagai belum banyak secara tetapi sejak hanya',
};
