/**
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages the
 * comment model reads most. They weigh little on a label but, hashed, can carry a pull that would
 * quote them as a reason ("words specific to the post: 'la', 'did'"): the training marks their
 * buckets never to be quoted, beside the words frequent in every class (train-comments.ts).
 * Written for this project from the languages' grammar; only their hashed buckets ship.
 */
export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: `the a an and or but of to in on at for with from by as is are was were be been being it its
    this that these those i you he she we they me him her us them my your his our their mine yours
    so if then than too very just not no do does did done have has had will would can could should
    shall may might must there here what which who whom whose how when where why all any some also
    about into over up out am im i'm it's that's there's`,
  es: `el la los las un una unos unas y o u pero de del al a en con sin por para que se me te le lo
    les mi tu su mis tus sus es son fue era ser estar esta está están este esto ese esa eso aquí yo
    tú él ella nos nosotros ustedes ellos ellas hay muy más ya no sí si como cuando donde qué quién`,
  pt: `o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com sem por para pra que
    se me te lhe eu você vc ele ela nós vocês eles elas é são foi era ser estar está este esta isso
    esse essa isto meu minha seu sua teu tua muito mais já não sim como quando onde`,
  fr: `le la les l un une des et ou mais de d du au aux à en dans avec sans pour par que qu qui se s
    me m te t ne n pas je j tu il elle on nous vous ils elles mon ma mes ton ta tes son sa ses est
    sont était être c ce cet cette ces ça très plus y`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber von zu zum zur im in am
    an auf mit für bei aus ist sind war waren sein ich du er sie es wir ihr mein meine dein deine
    nicht auch so sehr noch schon wie was wo wenn dass`,
  it: `il lo la l i gli le un una uno e ed o ma di del della dello dei delle da dal in nel nella con
    per su sul sulla che si mi ti ci vi è sono era io tu lui lei noi voi loro mio mia tuo tua suo
    sua non anche molto più come questo questa quello quella`,
  nl: `de het een en of maar van in op aan met voor bij uit is zijn was waren ik je jij hij zij ze we
    wij jullie mijn jouw niet ook heel zo dat die dit er`,
  id: `yang dan di ke dari ini itu dengan untuk pada adalah ada aku saya kamu dia kami kita mereka ya
    juga tidak gak nggak sudah udah akan bisa jadi karena atau tapi sama lagi aja nya`,
  tr: `ve ile bir bu şu o da de mi mı mu mü için gibi çok daha ben sen biz siz onlar ne ama veya en
    her`,
  pl: `i w we na z ze do o że się nie to jest są ja ty on ona my wy mój moja twój bardzo ale lub czy
    jak co tak`,
};
