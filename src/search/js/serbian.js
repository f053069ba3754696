// Generated from serbian.sbl by Snowball 3.1.1 - https://snowballstem.org/

// deno-lint-ignore-file ban-unused-ignore no-constant-condition no-empty prefer-const

const a_0 = [
    ["\u0430", 1],
    ["\u0431", 2],
    ["\u0432", 3],
    ["\u0433", 4],
    ["\u0434", 5],
    ["\u0435", 7],
    ["\u0436", 8],
    ["\u0437", 9],
    ["\u0438", 10],
    ["\u043A", 12],
    ["\u043B", 13],
    ["\u043C", 15],
    ["\u043D", 16],
    ["\u043E", 18],
    ["\u043F", 19],
    ["\u0440", 20],
    ["\u0441", 21],
    ["\u0442", 22],
    ["\u0443", 24],
    ["\u0444", 25],
    ["\u0445", 26],
    ["\u0446", 27],
    ["\u0447", 28],
    ["\u0448", 30],
    ["\u0452", 6],
    ["\u0458", 11],
    ["\u0459", 14],
    ["\u045A", 17],
    ["\u045B", 23],
    ["\u045F", 29]
];

const /** Array<string> */ as_0 = ["a", "b", "v", "g", "d", "\u0111", "e", "\u017E", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "\u0107", "u", "f", "h", "c", "\u010D", "d\u017E", "\u0161"];

const a_1 = [
    ["daba", 73],
    ["ajaca", 12],
    ["ejaca", 14],
    ["ljaca", 13],
    ["njaca", 85],
    ["ojaca", 15],
    ["alaca", 82],
    ["elaca", 83],
    ["olaca", 84],
    ["maca", 75],
    ["naca", 76],
    ["raca", 81],
    ["saca", 80],
    ["vaca", 79],
    ["\u0161aca", 18],
    ["aoca", 82],
    ["acaka", 55],
    ["ajaka", 16],
    ["ojaka", 17],
    ["anaka", 78],
    ["ataka", 58],
    ["etaka", 59],
    ["itaka", 60],
    ["otaka", 61],
    ["utaka", 62],
    ["a\u010Daka", 54],
    ["esama", 67],
    ["izama", 87],
    ["jacima", 5],
    ["nicima", 23],
    ["ticima", 24],
    ["teticima", 21, 1],
    ["zicima", 25],
    ["atcima", 58],
    ["utcima", 62],
    ["\u010Dcima", 74],
    ["pesima", 2],
    ["inzima", 19],
    ["lozima", 1],
    ["metara", 68],
    ["centara", 69],
    ["istara", 70],
    ["ekata", 86],
    ["anata", 53],
    ["nstava", 22],
    ["kustava", 29],
    ["ajac", 12],
    ["ejac", 14],
    ["ljac", 13],
    ["njac", 85],
    ["anjac", 11, 1],
    ["ojac", 15],
    ["alac", 82],
    ["elac", 83],
    ["olac", 84],
    ["mac", 75],
    ["nac", 76],
    ["rac", 81],
    ["sac", 80],
    ["vac", 79],
    ["\u0161ac", 18],
    ["jebe", 88],
    ["olce", 84],
    ["kuse", 27],
    ["rave", 42],
    ["save", 52],
    ["\u0161ave", 51],
    ["baci", 89],
    ["jaci", 5],
    ["tvenici", 20],
    ["snici", 26],
    ["tetici", 21],
    ["bojci", 4],
    ["vojci", 3],
    ["ojsci", 66],
    ["atci", 58],
    ["itci", 60],
    ["utci", 62],
    ["\u010Dci", 74],
    ["pesi", 2],
    ["inzi", 19],
    ["lozi", 1],
    ["acak", 55],
    ["usak", 57],
    ["atak", 58],
    ["etak", 59],
    ["itak", 60],
    ["otak", 61],
    ["utak", 62],
    ["a\u010Dak", 54],
    ["u\u0161ak", 56],
    ["izam", 87],
    ["tican", 65],
    ["cajan", 7],
    ["\u010Dajan", 6],
    ["voljan", 77],
    ["eskan", 63],
    ["alan", 40],
    ["bilan", 33],
    ["gilan", 37],
    ["nilan", 39],
    ["rilan", 38],
    ["silan", 36],
    ["tilan", 34],
    ["avilan", 35],
    ["laran", 9],
    ["eran", 8],
    ["asan", 91],
    ["esan", 10],
    ["dusan", 31],
    ["kusan", 28],
    ["atan", 47],
    ["pletan", 50],
    ["tetan", 49],
    ["antan", 32],
    ["pravan", 44],
    ["stavan", 43],
    ["sivan", 46],
    ["tivan", 45],
    ["ozan", 41],
    ["ti\u010Dan", 64],
    ["a\u0161an", 90],
    ["du\u0161an", 30],
    ["metar", 68],
    ["centar", 69],
    ["istar", 70],
    ["ekat", 86],
    ["enat", 48],
    ["oscu", 72],
    ["o\u0161\u0107u", 71]
];

const a_2 = [
    ["aca", 124],
    ["eca", 125],
    ["uca", 126],
    ["ga", 20],
    ["acega", 124, 1],
    ["ecega", 125, 2],
    ["ucega", 126, 3],
    ["anjijega", 84, 4],
    ["enjijega", 85, 5],
    ["snjijega", 122, 6],
    ["\u0161njijega", 86, 7],
    ["kijega", 95, 8],
    ["skijega", 1, 1],
    ["\u0161kijega", 2, 2],
    ["elijega", 83, 11],
    ["nijega", 13, 12],
    ["osijega", 123, 13],
    ["atijega", 120, 14],
    ["evitijega", 92, 15],
    ["ovitijega", 93, 16],
    ["astijega", 94, 17],
    ["avijega", 77, 18],
    ["evijega", 78, 19],
    ["ivijega", 79, 20],
    ["ovijega", 80, 21],
    ["o\u0161ijega", 91, 22],
    ["anjega", 84, 23],
    ["enjega", 85, 24],
    ["snjega", 122, 25],
    ["\u0161njega", 86, 26],
    ["kega", 95, 27],
    ["skega", 1, 1],
    ["\u0161kega", 2, 2],
    ["elega", 83, 30],
    ["nega", 13, 31],
    ["anega", 10, 1],
    ["enega", 87, 2],
    ["snega", 159, 3],
    ["\u0161nega", 88, 4],
    ["osega", 123, 36],
    ["atega", 120, 37],
    ["evitega", 92, 38],
    ["ovitega", 93, 39],
    ["astega", 94, 40],
    ["avega", 77, 41],
    ["evega", 78, 42],
    ["ivega", 79, 43],
    ["ovega", 80, 44],
    ["a\u0107ega", 14, 45],
    ["e\u0107ega", 15, 46],
    ["u\u0107ega", 16, 47],
    ["o\u0161ega", 91, 48],
    ["acoga", 124, 49],
    ["ecoga", 125, 50],
    ["ucoga", 126, 51],
    ["anjoga", 84, 52],
    ["enjoga", 85, 53],
    ["snjoga", 122, 54],
    ["\u0161njoga", 86, 55],
    ["koga", 95, 56],
    ["skoga", 1, 1],
    ["\u0161koga", 2, 2],
    ["loga", 19, 59],
    ["eloga", 83, 1],
    ["noga", 13, 61],
    ["cinoga", 137, 1],
    ["\u010Dinoga", 89, 2],
    ["osoga", 123, 64],
    ["atoga", 120, 65],
    ["evitoga", 92, 66],
    ["ovitoga", 93, 67],
    ["astoga", 94, 68],
    ["avoga", 77, 69],
    ["evoga", 78, 70],
    ["ivoga", 79, 71],
    ["ovoga", 80, 72],
    ["a\u0107oga", 14, 73],
    ["e\u0107oga", 15, 74],
    ["u\u0107oga", 16, 75],
    ["o\u0161oga", 91, 76],
    ["uga", 18, 77],
    ["aja", 109],
    ["caja", 26, 1],
    ["laja", 30, 2],
    ["raja", 31, 3],
    ["\u0107aja", 28, 4],
    ["\u010Daja", 27, 5],
    ["\u0111aja", 29, 6],
    ["bija", 32],
    ["cija", 33],
    ["dija", 34],
    ["fija", 40],
    ["gija", 39],
    ["anjija", 84],
    ["enjija", 85],
    ["snjija", 122],
    ["\u0161njija", 86],
    ["kija", 95],
    ["skija", 1, 1],
    ["\u0161kija", 2, 2],
    ["lija", 24],
    ["elija", 83, 1],
    ["mija", 37],
    ["nija", 13],
    ["ganija", 9, 1],
    ["manija", 6, 2],
    ["panija", 7, 3],
    ["ranija", 8, 4],
    ["tanija", 5, 5],
    ["pija", 41],
    ["rija", 42],
    ["rarija", 21, 1],
    ["sija", 23],
    ["osija", 123, 1],
    ["tija", 44],
    ["atija", 120, 1],
    ["evitija", 92, 2],
    ["ovitija", 93, 3],
    ["otija", 22, 4],
    ["astija", 94, 5],
    ["avija", 77],
    ["evija", 78],
    ["ivija", 79],
    ["ovija", 80],
    ["zija", 45],
    ["o\u0161ija", 91],
    ["\u017Eija", 38],
    ["anja", 84],
    ["enja", 85],
    ["snja", 122],
    ["\u0161nja", 86],
    ["ka", 95],
    ["ska", 1, 1],
    ["\u0161ka", 2, 2],
    ["ala", 104],
    ["acala", 128, 1],
    ["astajala", 106, 2],
    ["istajala", 107, 3],
    ["ostajala", 108, 4],
    ["ijala", 47, 5],
    ["injala", 114, 6],
    ["nala", 46, 7],
    ["irala", 100, 8],
    ["urala", 105, 9],
    ["tala", 113, 10],
    ["astala", 110, 1],
    ["istala", 111, 2],
    ["ostala", 112, 3],
    ["avala", 97, 14],
    ["evala", 96, 15],
    ["ivala", 98, 16],
    ["ovala", 76, 17],
    ["uvala", 99, 18],
    ["a\u010Dala", 102, 19],
    ["ela", 83],
    ["ila", 116],
    ["acila", 124, 1],
    ["lucila", 121, 2],
    ["nila", 103, 3],
    ["astanila", 110, 1],
    ["istanila", 111, 2],
    ["ostanila", 112, 3],
    ["rosila", 127, 7],
    ["jetila", 118, 8],
    ["ozila", 48, 9],
    ["a\u010Dila", 101, 10],
    ["lu\u010Dila", 117, 11],
    ["ro\u0161ila", 90, 12],
    ["ola", 50],
    ["asla", 115],
    ["nula", 13],
    ["gama", 20],
    ["logama", 19, 1],
    ["ugama", 18, 2],
    ["ajama", 109],
    ["cajama", 26, 1],
    ["lajama", 30, 2],
    ["rajama", 31, 3],
    ["\u0107ajama", 28, 4],
    ["\u010Dajama", 27, 5],
    ["\u0111ajama", 29, 6],
    ["bijama", 32],
    ["cijama", 33],
    ["dijama", 34],
    ["fijama", 40],
    ["gijama", 39],
    ["lijama", 35],
    ["mijama", 37],
    ["nijama", 36],
    ["ganijama", 9, 1],
    ["manijama", 6, 2],
    ["panijama", 7, 3],
    ["ranijama", 8, 4],
    ["tanijama", 5, 5],
    ["pijama", 41],
    ["rijama", 42],
    ["sijama", 43],
    ["tijama", 44],
    ["zijama", 45],
    ["\u017Eijama", 38],
    ["alama", 104],
    ["ijalama", 47, 1],
    ["nalama", 46, 2],
    ["elama", 119],
    ["ilama", 116],
    ["ramama", 52],
    ["lemama", 51],
    ["inama", 11],
    ["cinama", 137, 1],
    ["\u010Dinama", 89, 2],
    ["rama", 52],
    ["arama", 53, 1],
    ["drama", 54, 2],
    ["erama", 55, 3],
    ["orama", 56, 4],
    ["basama", 135],
    ["gasama", 131],
    ["jasama", 129],
    ["kasama", 133],
    ["nasama", 132],
    ["tasama", 130],
    ["vasama", 134],
    ["esama", 152],
    ["isama", 154],
    ["etama", 70],
    ["estama", 71],
    ["istama", 72],
    ["kstama", 73],
    ["ostama", 74],
    ["avama", 77],
    ["evama", 78],
    ["ivama", 79],
    ["ba\u0161ama", 63],
    ["ga\u0161ama", 64],
    ["ja\u0161ama", 61],
    ["ka\u0161ama", 62],
    ["na\u0161ama", 60],
    ["ta\u0161ama", 59],
    ["va\u0161ama", 65],
    ["e\u0161ama", 66],
    ["i\u0161ama", 67],
    ["lema", 51],
    ["acima", 124],
    ["ecima", 125],
    ["ucima", 126],
    ["ajima", 109],
    ["cajima", 26, 1],
    ["lajima", 30, 2],
    ["rajima", 31, 3],
    ["\u0107ajima", 28, 4],
    ["\u010Dajima", 27, 5],
    ["\u0111ajima", 29, 6],
    ["bijima", 32],
    ["cijima", 33],
    ["dijima", 34],
    ["fijima", 40],
    ["gijima", 39],
    ["anjijima", 84],
    ["enjijima", 85],
    ["snjijima", 122],
    ["\u0161njijima", 86],
    ["kijima", 95],
    ["skijima", 1, 1],
    ["\u0161kijima", 2, 2],
    ["lijima", 35],
    ["elijima", 83, 1],
    ["mijima", 37],
    ["nijima", 13],
    ["ganijima", 9, 1],
    ["manijima", 6, 2],
    ["panijima", 7, 3],
    ["ranijima", 8, 4],
    ["tanijima", 5, 5],
    ["pijima", 41],
    ["rijima", 42],
    ["sijima", 43],
    ["osijima", 123, 1],
    ["tijima", 44],
    ["atijima", 120, 1],
    ["evitijima", 92, 2],
    ["ovitijima", 93, 3],
    ["astijima", 94, 4],
    ["avijima", 77],
    ["evijima", 78],
    ["ivijima", 79],
    ["ovijima", 80],
    ["zijima", 45],
    ["o\u0161ijima", 91],
    ["\u017Eijima", 38],
    ["anjima", 84],
    ["enjima", 85],
    ["snjima", 122],
    ["\u0161njima", 86],
    ["kima", 95],
    ["skima", 1, 1],
    ["\u0161kima", 2, 2],
    ["alima", 104],
    ["ijalima", 47, 1],
    ["nalima", 46, 2],
    ["elima", 83],
    ["ilima", 116],
    ["ozilima", 48, 1],
    ["olima", 50],
    ["lemima", 51],
    ["nima", 13],
    ["anima", 10, 1],
    ["inima", 11, 2],
    ["cinima", 137, 1],
    ["\u010Dinima", 89, 2],
    ["onima", 12, 5],
    ["arima", 53],
    ["drima", 54],
    ["erima", 55],
    ["orima", 56],
    ["basima", 135],
    ["gasima", 131],
    ["jasima", 129],
    ["kasima", 133],
    ["nasima", 132],
    ["tasima", 130],
    ["vasima", 134],
    ["esima", 57],
    ["isima", 58],
    ["osima", 123],
    ["atima", 120],
    ["ikatima", 68, 1],
    ["latima", 69, 2],
    ["etima", 70],
    ["evitima", 92],
    ["ovitima", 93],
    ["astima", 94],
    ["estima", 71],
    ["istima", 72],
    ["kstima", 73],
    ["ostima", 74],
    ["i\u0161tima", 75],
    ["avima", 77],
    ["evima", 78],
    ["ajevima", 109, 1],
    ["cajevima", 26, 1],
    ["lajevima", 30, 2],
    ["rajevima", 31, 3],
    ["\u0107ajevima", 28, 4],
    ["\u010Dajevima", 27, 5],
    ["\u0111ajevima", 29, 6],
    ["ivima", 79],
    ["ovima", 80],
    ["govima", 20, 1],
    ["ugovima", 17, 1],
    ["lovima", 82, 3],
    ["olovima", 49, 1],
    ["movima", 81, 5],
    ["onovima", 12, 6],
    ["stvima", 3],
    ["\u0161tvima", 4],
    ["a\u0107ima", 14],
    ["e\u0107ima", 15],
    ["u\u0107ima", 16],
    ["ba\u0161ima", 63],
    ["ga\u0161ima", 64],
    ["ja\u0161ima", 61],
    ["ka\u0161ima", 62],
    ["na\u0161ima", 60],
    ["ta\u0161ima", 59],
    ["va\u0161ima", 65],
    ["e\u0161ima", 66],
    ["i\u0161ima", 67],
    ["o\u0161ima", 91],
    ["na", 13],
    ["ana", 10, 1],
    ["acana", 128, 1],
    ["urana", 105, 2],
    ["tana", 113, 3],
    ["avana", 97, 4],
    ["evana", 96, 5],
    ["ivana", 98, 6],
    ["uvana", 99, 7],
    ["a\u010Dana", 102, 8],
    ["acena", 124, 10],
    ["lucena", 121, 11],
    ["a\u010Dena", 101, 12],
    ["lu\u010Dena", 117, 13],
    ["ina", 11, 14],
    ["cina", 137, 1],
    ["anina", 10, 2],
    ["\u010Dina", 89, 3],
    ["ona", 12, 18],
    ["ara", 53],
    ["dra", 54],
    ["era", 55],
    ["ora", 56],
    ["basa", 135],
    ["gasa", 131],
    ["jasa", 129],
    ["kasa", 133],
    ["nasa", 132],
    ["tasa", 130],
    ["vasa", 134],
    ["esa", 57],
    ["isa", 58],
    ["osa", 123],
    ["ata", 120],
    ["ikata", 68, 1],
    ["lata", 69, 2],
    ["eta", 70],
    ["evita", 92],
    ["ovita", 93],
    ["asta", 94],
    ["esta", 71],
    ["ista", 72],
    ["ksta", 73],
    ["osta", 74],
    ["nuta", 13],
    ["i\u0161ta", 75],
    ["ava", 77],
    ["eva", 78],
    ["ajeva", 109, 1],
    ["cajeva", 26, 1],
    ["lajeva", 30, 2],
    ["rajeva", 31, 3],
    ["\u0107ajeva", 28, 4],
    ["\u010Dajeva", 27, 5],
    ["\u0111ajeva", 29, 6],
    ["iva", 79],
    ["ova", 80],
    ["gova", 20, 1],
    ["ugova", 17, 1],
    ["lova", 82, 3],
    ["olova", 49, 1],
    ["mova", 81, 5],
    ["onova", 12, 6],
    ["stva", 3],
    ["\u0161tva", 4],
    ["a\u0107a", 14],
    ["e\u0107a", 15],
    ["u\u0107a", 16],
    ["ba\u0161a", 63],
    ["ga\u0161a", 64],
    ["ja\u0161a", 61],
    ["ka\u0161a", 62],
    ["na\u0161a", 60],
    ["ta\u0161a", 59],
    ["va\u0161a", 65],
    ["e\u0161a", 66],
    ["i\u0161a", 67],
    ["o\u0161a", 91],
    ["ace", 124],
    ["ece", 125],
    ["uce", 126],
    ["luce", 121, 1],
    ["astade", 110],
    ["istade", 111],
    ["ostade", 112],
    ["ge", 20],
    ["loge", 19, 1],
    ["uge", 18, 2],
    ["aje", 104],
    ["caje", 26, 1],
    ["laje", 30, 2],
    ["raje", 31, 3],
    ["astaje", 106, 4],
    ["istaje", 107, 5],
    ["ostaje", 108, 6],
    ["\u0107aje", 28, 7],
    ["\u010Daje", 27, 8],
    ["\u0111aje", 29, 9],
    ["ije", 116],
    ["bije", 32, 1],
    ["cije", 33, 2],
    ["dije", 34, 3],
    ["fije", 40, 4],
    ["gije", 39, 5],
    ["anjije", 84, 6],
    ["enjije", 85, 7],
    ["snjije", 122, 8],
    ["\u0161njije", 86, 9],
    ["kije", 95, 10],
    ["skije", 1, 1],
    ["\u0161kije", 2, 2],
    ["lije", 35, 13],
    ["elije", 83, 1],
    ["mije", 37, 15],
    ["nije", 13, 16],
    ["ganije", 9, 1],
    ["manije", 6, 2],
    ["panije", 7, 3],
    ["ranije", 8, 4],
    ["tanije", 5, 5],
    ["pije", 41, 22],
    ["rije", 42, 23],
    ["sije", 43, 24],
    ["osije", 123, 1],
    ["tije", 44, 26],
    ["atije", 120, 1],
    ["evitije", 92, 2],
    ["ovitije", 93, 3],
    ["astije", 94, 4],
    ["avije", 77, 31],
    ["evije", 78, 32],
    ["ivije", 79, 33],
    ["ovije", 80, 34],
    ["zije", 45, 35],
    ["o\u0161ije", 91, 36],
    ["\u017Eije", 38, 37],
    ["anje", 84],
    ["enje", 85],
    ["snje", 122],
    ["\u0161nje", 86],
    ["uje", 25],
    ["lucuje", 121, 1],
    ["iruje", 100, 2],
    ["lu\u010Duje", 117, 3],
    ["ke", 95],
    ["ske", 1, 1],
    ["\u0161ke", 2, 2],
    ["ale", 104],
    ["acale", 128, 1],
    ["astajale", 106, 2],
    ["istajale", 107, 3],
    ["ostajale", 108, 4],
    ["ijale", 47, 5],
    ["injale", 114, 6],
    ["nale", 46, 7],
    ["irale", 100, 8],
    ["urale", 105, 9],
    ["tale", 113, 10],
    ["astale", 110, 1],
    ["istale", 111, 2],
    ["ostale", 112, 3],
    ["avale", 97, 14],
    ["evale", 96, 15],
    ["ivale", 98, 16],
    ["ovale", 76, 17],
    ["uvale", 99, 18],
    ["a\u010Dale", 102, 19],
    ["ele", 83],
    ["ile", 116],
    ["acile", 124, 1],
    ["lucile", 121, 2],
    ["nile", 103, 3],
    ["rosile", 127, 4],
    ["jetile", 118, 5],
    ["ozile", 48, 6],
    ["a\u010Dile", 101, 7],
    ["lu\u010Dile", 117, 8],
    ["ro\u0161ile", 90, 9],
    ["ole", 50],
    ["asle", 115],
    ["nule", 13],
    ["rame", 52],
    ["leme", 51],
    ["acome", 124],
    ["ecome", 125],
    ["ucome", 126],
    ["anjome", 84],
    ["enjome", 85],
    ["snjome", 122],
    ["\u0161njome", 86],
    ["kome", 95],
    ["skome", 1, 1],
    ["\u0161kome", 2, 2],
    ["elome", 83],
    ["nome", 13],
    ["cinome", 137, 1],
    ["\u010Dinome", 89, 2],
    ["osome", 123],
    ["atome", 120],
    ["evitome", 92],
    ["ovitome", 93],
    ["astome", 94],
    ["avome", 77],
    ["evome", 78],
    ["ivome", 79],
    ["ovome", 80],
    ["a\u0107ome", 14],
    ["e\u0107ome", 15],
    ["u\u0107ome", 16],
    ["o\u0161ome", 91],
    ["ne", 13],
    ["ane", 10, 1],
    ["acane", 128, 1],
    ["urane", 105, 2],
    ["tane", 113, 3],
    ["astane", 110, 1],
    ["istane", 111, 2],
    ["ostane", 112, 3],
    ["avane", 97, 7],
    ["evane", 96, 8],
    ["ivane", 98, 9],
    ["uvane", 99, 10],
    ["a\u010Dane", 102, 11],
    ["acene", 124, 13],
    ["lucene", 121, 14],
    ["a\u010Dene", 101, 15],
    ["lu\u010Dene", 117, 16],
    ["ine", 11, 17],
    ["cine", 137, 1],
    ["anine", 10, 2],
    ["\u010Dine", 89, 3],
    ["one", 12, 21],
    ["are", 53],
    ["dre", 54],
    ["ere", 55],
    ["ore", 56],
    ["ase", 161],
    ["base", 135, 1],
    ["acase", 128, 2],
    ["gase", 131, 3],
    ["jase", 129, 4],
    ["astajase", 138, 1],
    ["istajase", 139, 2],
    ["ostajase", 140, 3],
    ["injase", 150, 4],
    ["kase", 133, 9],
    ["nase", 132, 10],
    ["irase", 155, 11],
    ["urase", 156, 12],
    ["tase", 130, 13],
    ["vase", 134, 14],
    ["avase", 144, 1],
    ["evase", 145, 2],
    ["ivase", 146, 3],
    ["ovase", 148, 4],
    ["uvase", 147, 5],
    ["ese", 57],
    ["ise", 58],
    ["acise", 124, 1],
    ["lucise", 121, 2],
    ["rosise", 127, 3],
    ["jetise", 149, 4],
    ["ose", 123],
    ["astadose", 141, 1],
    ["istadose", 142, 2],
    ["ostadose", 143, 3],
    ["ate", 104],
    ["acate", 128, 1],
    ["ikate", 68, 2],
    ["late", 69, 3],
    ["irate", 100, 4],
    ["urate", 105, 5],
    ["tate", 113, 6],
    ["avate", 97, 7],
    ["evate", 96, 8],
    ["ivate", 98, 9],
    ["uvate", 99, 10],
    ["a\u010Date", 102, 11],
    ["ete", 70],
    ["astadete", 110, 1],
    ["istadete", 111, 2],
    ["ostadete", 112, 3],
    ["astajete", 106, 4],
    ["istajete", 107, 5],
    ["ostajete", 108, 6],
    ["ijete", 116, 7],
    ["injete", 114, 8],
    ["ujete", 25, 9],
    ["lucujete", 121, 1],
    ["irujete", 100, 2],
    ["lu\u010Dujete", 117, 3],
    ["nete", 13, 13],
    ["astanete", 110, 1],
    ["istanete", 111, 2],
    ["ostanete", 112, 3],
    ["astete", 115, 17],
    ["ite", 116],
    ["acite", 124, 1],
    ["lucite", 121, 2],
    ["nite", 13, 3],
    ["astanite", 110, 1],
    ["istanite", 111, 2],
    ["ostanite", 112, 3],
    ["rosite", 127, 7],
    ["jetite", 118, 8],
    ["astite", 115, 9],
    ["evite", 92, 10],
    ["ovite", 93, 11],
    ["a\u010Dite", 101, 12],
    ["lu\u010Dite", 117, 13],
    ["ro\u0161ite", 90, 14],
    ["ajte", 104],
    ["urajte", 105, 1],
    ["tajte", 113, 2],
    ["astajte", 106, 1],
    ["istajte", 107, 2],
    ["ostajte", 108, 3],
    ["avajte", 97, 6],
    ["evajte", 96, 7],
    ["ivajte", 98, 8],
    ["uvajte", 99, 9],
    ["ijte", 116],
    ["lucujte", 121],
    ["irujte", 100],
    ["lu\u010Dujte", 117],
    ["aste", 94],
    ["acaste", 128, 1],
    ["astajaste", 106, 2],
    ["istajaste", 107, 3],
    ["ostajaste", 108, 4],
    ["injaste", 114, 5],
    ["iraste", 100, 6],
    ["uraste", 105, 7],
    ["taste", 113, 8],
    ["avaste", 97, 9],
    ["evaste", 96, 10],
    ["ivaste", 98, 11],
    ["ovaste", 76, 12],
    ["uvaste", 99, 13],
    ["a\u010Daste", 102, 14],
    ["este", 71],
    ["iste", 72],
    ["aciste", 124, 1],
    ["luciste", 121, 2],
    ["niste", 103, 3],
    ["rosiste", 127, 4],
    ["jetiste", 118, 5],
    ["a\u010Diste", 101, 6],
    ["lu\u010Diste", 117, 7],
    ["ro\u0161iste", 90, 8],
    ["kste", 73],
    ["oste", 74],
    ["astadoste", 110, 1],
    ["istadoste", 111, 2],
    ["ostadoste", 112, 3],
    ["nuste", 13],
    ["i\u0161te", 75],
    ["ave", 77],
    ["eve", 78],
    ["ajeve", 109, 1],
    ["cajeve", 26, 1],
    ["lajeve", 30, 2],
    ["rajeve", 31, 3],
    ["\u0107ajeve", 28, 4],
    ["\u010Dajeve", 27, 5],
    ["\u0111ajeve", 29, 6],
    ["ive", 79],
    ["ove", 80],
    ["gove", 20, 1],
    ["ugove", 17, 1],
    ["love", 82, 3],
    ["olove", 49, 1],
    ["move", 81, 5],
    ["onove", 12, 6],
    ["a\u0107e", 14],
    ["e\u0107e", 15],
    ["u\u0107e", 16],
    ["a\u010De", 101],
    ["lu\u010De", 117],
    ["a\u0161e", 104],
    ["ba\u0161e", 63, 1],
    ["ga\u0161e", 64, 2],
    ["ja\u0161e", 61, 3],
    ["astaja\u0161e", 106, 1],
    ["istaja\u0161e", 107, 2],
    ["ostaja\u0161e", 108, 3],
    ["inja\u0161e", 114, 4],
    ["ka\u0161e", 62, 8],
    ["na\u0161e", 60, 9],
    ["ira\u0161e", 100, 10],
    ["ura\u0161e", 105, 11],
    ["ta\u0161e", 59, 12],
    ["va\u0161e", 65, 13],
    ["ava\u0161e", 97, 1],
    ["eva\u0161e", 96, 2],
    ["iva\u0161e", 98, 3],
    ["ova\u0161e", 76, 4],
    ["uva\u0161e", 99, 5],
    ["a\u010Da\u0161e", 102, 19],
    ["e\u0161e", 66],
    ["i\u0161e", 67],
    ["jeti\u0161e", 118, 1],
    ["a\u010Di\u0161e", 101, 2],
    ["lu\u010Di\u0161e", 117, 3],
    ["ro\u0161i\u0161e", 90, 4],
    ["o\u0161e", 91],
    ["astado\u0161e", 110, 1],
    ["istado\u0161e", 111, 2],
    ["ostado\u0161e", 112, 3],
    ["aceg", 124],
    ["eceg", 125],
    ["uceg", 126],
    ["anjijeg", 84],
    ["enjijeg", 85],
    ["snjijeg", 122],
    ["\u0161njijeg", 86],
    ["kijeg", 95],
    ["skijeg", 1, 1],
    ["\u0161kijeg", 2, 2],
    ["elijeg", 83],
    ["nijeg", 13],
    ["osijeg", 123],
    ["atijeg", 120],
    ["evitijeg", 92],
    ["ovitijeg", 93],
    ["astijeg", 94],
    ["avijeg", 77],
    ["evijeg", 78],
    ["ivijeg", 79],
    ["ovijeg", 80],
    ["o\u0161ijeg", 91],
    ["anjeg", 84],
    ["enjeg", 85],
    ["snjeg", 122],
    ["\u0161njeg", 86],
    ["keg", 95],
    ["eleg", 83],
    ["neg", 13],
    ["aneg", 10, 1],
    ["eneg", 87, 2],
    ["sneg", 159, 3],
    ["\u0161neg", 88, 4],
    ["oseg", 123],
    ["ateg", 120],
    ["aveg", 77],
    ["eveg", 78],
    ["iveg", 79],
    ["oveg", 80],
    ["a\u0107eg", 14],
    ["e\u0107eg", 15],
    ["u\u0107eg", 16],
    ["o\u0161eg", 91],
    ["acog", 124],
    ["ecog", 125],
    ["ucog", 126],
    ["anjog", 84],
    ["enjog", 85],
    ["snjog", 122],
    ["\u0161njog", 86],
    ["kog", 95],
    ["skog", 1, 1],
    ["\u0161kog", 2, 2],
    ["elog", 83],
    ["nog", 13],
    ["cinog", 137, 1],
    ["\u010Dinog", 89, 2],
    ["osog", 123],
    ["atog", 120],
    ["evitog", 92],
    ["ovitog", 93],
    ["astog", 94],
    ["avog", 77],
    ["evog", 78],
    ["ivog", 79],
    ["ovog", 80],
    ["a\u0107og", 14],
    ["e\u0107og", 15],
    ["u\u0107og", 16],
    ["o\u0161og", 91],
    ["ah", 104],
    ["acah", 128, 1],
    ["astajah", 106, 2],
    ["istajah", 107, 3],
    ["ostajah", 108, 4],
    ["injah", 114, 5],
    ["irah", 100, 6],
    ["urah", 105, 7],
    ["tah", 113, 8],
    ["avah", 97, 9],
    ["evah", 96, 10],
    ["ivah", 98, 11],
    ["ovah", 76, 12],
    ["uvah", 99, 13],
    ["a\u010Dah", 102, 14],
    ["ih", 116],
    ["acih", 124, 1],
    ["ecih", 125, 2],
    ["ucih", 126, 3],
    ["lucih", 121, 1],
    ["anjijih", 84, 5],
    ["enjijih", 85, 6],
    ["snjijih", 122, 7],
    ["\u0161njijih", 86, 8],
    ["kijih", 95, 9],
    ["skijih", 1, 1],
    ["\u0161kijih", 2, 2],
    ["elijih", 83, 12],
    ["nijih", 13, 13],
    ["osijih", 123, 14],
    ["atijih", 120, 15],
    ["evitijih", 92, 16],
    ["ovitijih", 93, 17],
    ["astijih", 94, 18],
    ["avijih", 77, 19],
    ["evijih", 78, 20],
    ["ivijih", 79, 21],
    ["ovijih", 80, 22],
    ["o\u0161ijih", 91, 23],
    ["anjih", 84, 24],
    ["enjih", 85, 25],
    ["snjih", 122, 26],
    ["\u0161njih", 86, 27],
    ["kih", 95, 28],
    ["skih", 1, 1],
    ["\u0161kih", 2, 2],
    ["elih", 83, 31],
    ["nih", 13, 32],
    ["cinih", 137, 1],
    ["\u010Dinih", 89, 2],
    ["osih", 123, 35],
    ["rosih", 127, 1],
    ["atih", 120, 37],
    ["jetih", 118, 38],
    ["evitih", 92, 39],
    ["ovitih", 93, 40],
    ["astih", 94, 41],
    ["avih", 77, 42],
    ["evih", 78, 43],
    ["ivih", 79, 44],
    ["ovih", 80, 45],
    ["a\u0107ih", 14, 46],
    ["e\u0107ih", 15, 47],
    ["u\u0107ih", 16, 48],
    ["a\u010Dih", 101, 49],
    ["lu\u010Dih", 117, 50],
    ["o\u0161ih", 91, 51],
    ["ro\u0161ih", 90, 1],
    ["astadoh", 110],
    ["istadoh", 111],
    ["ostadoh", 112],
    ["acuh", 124],
    ["ecuh", 125],
    ["ucuh", 126],
    ["a\u0107uh", 14],
    ["e\u0107uh", 15],
    ["u\u0107uh", 16],
    ["aci", 124],
    ["aceci", 124],
    ["ieci", 162],
    ["ajuci", 161],
    ["irajuci", 155, 1],
    ["urajuci", 156, 2],
    ["astajuci", 138, 3],
    ["istajuci", 139, 4],
    ["ostajuci", 140, 5],
    ["avajuci", 144, 6],
    ["evajuci", 145, 7],
    ["ivajuci", 146, 8],
    ["uvajuci", 147, 9],
    ["ujuci", 157],
    ["lucujuci", 121, 1],
    ["irujuci", 155, 2],
    ["luci", 121],
    ["nuci", 164],
    ["etuci", 153],
    ["astuci", 136],
    ["gi", 20],
    ["ugi", 18, 1],
    ["aji", 109],
    ["caji", 26, 1],
    ["laji", 30, 2],
    ["raji", 31, 3],
    ["\u0107aji", 28, 4],
    ["\u010Daji", 27, 5],
    ["\u0111aji", 29, 6],
    ["biji", 32],
    ["ciji", 33],
    ["diji", 34],
    ["fiji", 40],
    ["giji", 39],
    ["anjiji", 84],
    ["enjiji", 85],
    ["snjiji", 122],
    ["\u0161njiji", 86],
    ["kiji", 95],
    ["skiji", 1, 1],
    ["\u0161kiji", 2, 2],
    ["liji", 35],
    ["eliji", 83, 1],
    ["miji", 37],
    ["niji", 13],
    ["ganiji", 9, 1],
    ["maniji", 6, 2],
    ["paniji", 7, 3],
    ["raniji", 8, 4],
    ["taniji", 5, 5],
    ["piji", 41],
    ["riji", 42],
    ["siji", 43],
    ["osiji", 123, 1],
    ["tiji", 44],
    ["atiji", 120, 1],
    ["evitiji", 92, 2],
    ["ovitiji", 93, 3],
    ["astiji", 94, 4],
    ["aviji", 77],
    ["eviji", 78],
    ["iviji", 79],
    ["oviji", 80],
    ["ziji", 45],
    ["o\u0161iji", 91],
    ["\u017Eiji", 38],
    ["anji", 84],
    ["enji", 85],
    ["snji", 122],
    ["\u0161nji", 86],
    ["ki", 95],
    ["ski", 1, 1],
    ["\u0161ki", 2, 2],
    ["ali", 104],
    ["acali", 128, 1],
    ["astajali", 106, 2],
    ["istajali", 107, 3],
    ["ostajali", 108, 4],
    ["ijali", 47, 5],
    ["injali", 114, 6],
    ["nali", 46, 7],
    ["irali", 100, 8],
    ["urali", 105, 9],
    ["tali", 113, 10],
    ["astali", 110, 1],
    ["istali", 111, 2],
    ["ostali", 112, 3],
    ["avali", 97, 14],
    ["evali", 96, 15],
    ["ivali", 98, 16],
    ["ovali", 76, 17],
    ["uvali", 99, 18],
    ["a\u010Dali", 102, 19],
    ["eli", 83],
    ["ili", 116],
    ["acili", 124, 1],
    ["lucili", 121, 2],
    ["nili", 103, 3],
    ["rosili", 127, 4],
    ["jetili", 118, 5],
    ["ozili", 48, 6],
    ["a\u010Dili", 101, 7],
    ["lu\u010Dili", 117, 8],
    ["ro\u0161ili", 90, 9],
    ["oli", 50],
    ["asli", 115],
    ["nuli", 13],
    ["rami", 52],
    ["lemi", 51],
    ["ni", 13],
    ["ani", 10, 1],
    ["acani", 128, 1],
    ["urani", 105, 2],
    ["tani", 113, 3],
    ["avani", 97, 4],
    ["evani", 96, 5],
    ["ivani", 98, 6],
    ["uvani", 99, 7],
    ["a\u010Dani", 102, 8],
    ["aceni", 124, 10],
    ["luceni", 121, 11],
    ["a\u010Deni", 101, 12],
    ["lu\u010Deni", 117, 13],
    ["ini", 11, 14],
    ["cini", 137, 1],
    ["\u010Dini", 89, 2],
    ["oni", 12, 17],
    ["ari", 53],
    ["dri", 54],
    ["eri", 55],
    ["ori", 56],
    ["basi", 135],
    ["gasi", 131],
    ["jasi", 129],
    ["kasi", 133],
    ["nasi", 132],
    ["tasi", 130],
    ["vasi", 134],
    ["esi", 152],
    ["isi", 154],
    ["osi", 123],
    ["avsi", 161],
    ["acavsi", 128, 1],
    ["iravsi", 155, 2],
    ["tavsi", 160, 3],
    ["etavsi", 153, 1],
    ["astavsi", 141, 2],
    ["istavsi", 142, 3],
    ["ostavsi", 143, 4],
    ["ivsi", 162],
    ["nivsi", 158, 1],
    ["rosivsi", 127, 2],
    ["nuvsi", 164],
    ["ati", 104],
    ["acati", 128, 1],
    ["astajati", 106, 2],
    ["istajati", 107, 3],
    ["ostajati", 108, 4],
    ["injati", 114, 5],
    ["ikati", 68, 6],
    ["lati", 69, 7],
    ["irati", 100, 8],
    ["urati", 105, 9],
    ["tati", 113, 10],
    ["astati", 110, 1],
    ["istati", 111, 2],
    ["ostati", 112, 3],
    ["avati", 97, 14],
    ["evati", 96, 15],
    ["ivati", 98, 16],
    ["ovati", 76, 17],
    ["uvati", 99, 18],
    ["a\u010Dati", 102, 19],
    ["eti", 70],
    ["iti", 116],
    ["aciti", 124, 1],
    ["luciti", 121, 2],
    ["niti", 103, 3],
    ["rositi", 127, 4],
    ["jetiti", 118, 5],
    ["eviti", 92, 6],
    ["oviti", 93, 7],
    ["a\u010Diti", 101, 8],
    ["lu\u010Diti", 117, 9],
    ["ro\u0161iti", 90, 10],
    ["asti", 94],
    ["esti", 71],
    ["isti", 72],
    ["ksti", 73],
    ["osti", 74],
    ["nuti", 13],
    ["avi", 77],
    ["evi", 78],
    ["ajevi", 109, 1],
    ["cajevi", 26, 1],
    ["lajevi", 30, 2],
    ["rajevi", 31, 3],
    ["\u0107ajevi", 28, 4],
    ["\u010Dajevi", 27, 5],
    ["\u0111ajevi", 29, 6],
    ["ivi", 79],
    ["ovi", 80],
    ["govi", 20, 1],
    ["ugovi", 17, 1],
    ["lovi", 82, 3],
    ["olovi", 49, 1],
    ["movi", 81, 5],
    ["onovi", 12, 6],
    ["ie\u0107i", 116],
    ["a\u010De\u0107i", 101],
    ["aju\u0107i", 104],
    ["iraju\u0107i", 100, 1],
    ["uraju\u0107i", 105, 2],
    ["astaju\u0107i", 106, 3],
    ["istaju\u0107i", 107, 4],
    ["ostaju\u0107i", 108, 5],
    ["avaju\u0107i", 97, 6],
    ["evaju\u0107i", 96, 7],
    ["ivaju\u0107i", 98, 8],
    ["uvaju\u0107i", 99, 9],
    ["uju\u0107i", 25],
    ["iruju\u0107i", 100, 1],
    ["lu\u010Duju\u0107i", 117, 2],
    ["nu\u0107i", 13],
    ["etu\u0107i", 70],
    ["astu\u0107i", 115],
    ["a\u010Di", 101],
    ["lu\u010Di", 117],
    ["ba\u0161i", 63],
    ["ga\u0161i", 64],
    ["ja\u0161i", 61],
    ["ka\u0161i", 62],
    ["na\u0161i", 60],
    ["ta\u0161i", 59],
    ["va\u0161i", 65],
    ["e\u0161i", 66],
    ["i\u0161i", 67],
    ["o\u0161i", 91],
    ["av\u0161i", 104],
    ["irav\u0161i", 100, 1],
    ["tav\u0161i", 113, 2],
    ["etav\u0161i", 70, 1],
    ["astav\u0161i", 110, 2],
    ["istav\u0161i", 111, 3],
    ["ostav\u0161i", 112, 4],
    ["a\u010Dav\u0161i", 102, 7],
    ["iv\u0161i", 116],
    ["niv\u0161i", 103, 1],
    ["ro\u0161iv\u0161i", 90, 2],
    ["nuv\u0161i", 13],
    ["aj", 104],
    ["uraj", 105, 1],
    ["taj", 113, 2],
    ["avaj", 97, 3],
    ["evaj", 96, 4],
    ["ivaj", 98, 5],
    ["uvaj", 99, 6],
    ["ij", 116],
    ["acoj", 124],
    ["ecoj", 125],
    ["ucoj", 126],
    ["anjijoj", 84],
    ["enjijoj", 85],
    ["snjijoj", 122],
    ["\u0161njijoj", 86],
    ["kijoj", 95],
    ["skijoj", 1, 1],
    ["\u0161kijoj", 2, 2],
    ["elijoj", 83],
    ["nijoj", 13],
    ["osijoj", 123],
    ["evitijoj", 92],
    ["ovitijoj", 93],
    ["astijoj", 94],
    ["avijoj", 77],
    ["evijoj", 78],
    ["ivijoj", 79],
    ["ovijoj", 80],
    ["o\u0161ijoj", 91],
    ["anjoj", 84],
    ["enjoj", 85],
    ["snjoj", 122],
    ["\u0161njoj", 86],
    ["koj", 95],
    ["skoj", 1, 1],
    ["\u0161koj", 2, 2],
    ["aloj", 104],
    ["eloj", 83],
    ["noj", 13],
    ["cinoj", 137, 1],
    ["\u010Dinoj", 89, 2],
    ["osoj", 123],
    ["atoj", 120],
    ["evitoj", 92],
    ["ovitoj", 93],
    ["astoj", 94],
    ["avoj", 77],
    ["evoj", 78],
    ["ivoj", 79],
    ["ovoj", 80],
    ["a\u0107oj", 14],
    ["e\u0107oj", 15],
    ["u\u0107oj", 16],
    ["o\u0161oj", 91],
    ["lucuj", 121],
    ["iruj", 100],
    ["lu\u010Duj", 117],
    ["al", 104],
    ["iral", 100, 1],
    ["ural", 105, 2],
    ["el", 119],
    ["il", 116],
    ["am", 104],
    ["acam", 128, 1],
    ["iram", 100, 2],
    ["uram", 105, 3],
    ["tam", 113, 4],
    ["avam", 97, 5],
    ["evam", 96, 6],
    ["ivam", 98, 7],
    ["uvam", 99, 8],
    ["a\u010Dam", 102, 9],
    ["em", 119],
    ["acem", 124, 1],
    ["ecem", 125, 2],
    ["ucem", 126, 3],
    ["astadem", 110, 4],
    ["istadem", 111, 5],
    ["ostadem", 112, 6],
    ["ajem", 104, 7],
    ["cajem", 26, 1],
    ["lajem", 30, 2],
    ["rajem", 31, 3],
    ["astajem", 106, 4],
    ["istajem", 107, 5],
    ["ostajem", 108, 6],
    ["\u0107ajem", 28, 7],
    ["\u010Dajem", 27, 8],
    ["\u0111ajem", 29, 9],
    ["ijem", 116, 17],
    ["anjijem", 84, 1],
    ["enjijem", 85, 2],
    ["snjijem", 123, 3],
    ["\u0161njijem", 86, 4],
    ["kijem", 95, 5],
    ["skijem", 1, 1],
    ["\u0161kijem", 2, 2],
    ["lijem", 24, 8],
    ["elijem", 83, 1],
    ["nijem", 13, 10],
    ["rarijem", 21, 11],
    ["sijem", 23, 12],
    ["osijem", 123, 1],
    ["atijem", 120, 14],
    ["evitijem", 92, 15],
    ["ovitijem", 93, 16],
    ["otijem", 22, 17],
    ["astijem", 94, 18],
    ["avijem", 77, 19],
    ["evijem", 78, 20],
    ["ivijem", 79, 21],
    ["ovijem", 80, 22],
    ["o\u0161ijem", 91, 23],
    ["anjem", 84, 41],
    ["enjem", 85, 42],
    ["injem", 114, 43],
    ["snjem", 122, 44],
    ["\u0161njem", 86, 45],
    ["ujem", 25, 46],
    ["lucujem", 121, 1],
    ["irujem", 100, 2],
    ["lu\u010Dujem", 117, 3],
    ["kem", 95, 50],
    ["skem", 1, 1],
    ["\u0161kem", 2, 2],
    ["elem", 83, 53],
    ["nem", 13, 54],
    ["anem", 10, 1],
    ["astanem", 110, 1],
    ["istanem", 111, 2],
    ["ostanem", 112, 3],
    ["enem", 87, 5],
    ["snem", 159, 6],
    ["\u0161nem", 88, 7],
    ["basem", 135, 62],
    ["gasem", 131, 63],
    ["jasem", 129, 64],
    ["kasem", 133, 65],
    ["nasem", 132, 66],
    ["tasem", 130, 67],
    ["vasem", 134, 68],
    ["esem", 152, 69],
    ["isem", 154, 70],
    ["osem", 123, 71],
    ["atem", 120, 72],
    ["etem", 70, 73],
    ["evitem", 92, 74],
    ["ovitem", 93, 75],
    ["astem", 94, 76],
    ["istem", 151, 77],
    ["i\u0161tem", 75, 78],
    ["avem", 77, 79],
    ["evem", 78, 80],
    ["ivem", 79, 81],
    ["a\u0107em", 14, 82],
    ["e\u0107em", 15, 83],
    ["u\u0107em", 16, 84],
    ["ba\u0161em", 63, 85],
    ["ga\u0161em", 64, 86],
    ["ja\u0161em", 61, 87],
    ["ka\u0161em", 62, 88],
    ["na\u0161em", 60, 89],
    ["ta\u0161em", 59, 90],
    ["va\u0161em", 65, 91],
    ["e\u0161em", 66, 92],
    ["i\u0161em", 67, 93],
    ["o\u0161em", 91, 94],
    ["im", 116],
    ["acim", 124, 1],
    ["ecim", 125, 2],
    ["ucim", 126, 3],
    ["lucim", 121, 1],
    ["anjijim", 84, 5],
    ["enjijim", 85, 6],
    ["snjijim", 122, 7],
    ["\u0161njijim", 86, 8],
    ["kijim", 95, 9],
    ["skijim", 1, 1],
    ["\u0161kijim", 2, 2],
    ["elijim", 83, 12],
    ["nijim", 13, 13],
    ["osijim", 123, 14],
    ["atijim", 120, 15],
    ["evitijim", 92, 16],
    ["ovitijim", 93, 17],
    ["astijim", 94, 18],
    ["avijim", 77, 19],
    ["evijim", 78, 20],
    ["ivijim", 79, 21],
    ["ovijim", 80, 22],
    ["o\u0161ijim", 91, 23],
    ["anjim", 84, 24],
    ["enjim", 85, 25],
    ["snjim", 122, 26],
    ["\u0161njim", 86, 27],
    ["kim", 95, 28],
    ["skim", 1, 1],
    ["\u0161kim", 2, 2],
    ["elim", 83, 31],
    ["nim", 13, 32],
    ["cinim", 137, 1],
    ["\u010Dinim", 89, 2],
    ["osim", 123, 35],
    ["rosim", 127, 1],
    ["atim", 120, 37],
    ["jetim", 118, 38],
    ["evitim", 92, 39],
    ["ovitim", 93, 40],
    ["astim", 94, 41],
    ["avim", 77, 42],
    ["evim", 78, 43],
    ["ivim", 79, 44],
    ["ovim", 80, 45],
    ["a\u0107im", 14, 46],
    ["e\u0107im", 15, 47],
    ["u\u0107im", 16, 48],
    ["a\u010Dim", 101, 49],
    ["lu\u010Dim", 117, 50],
    ["o\u0161im", 91, 51],
    ["ro\u0161im", 90, 1],
    ["acom", 124],
    ["ecom", 125],
    ["ucom", 126],
    ["gom", 20],
    ["logom", 19, 1],
    ["ugom", 18, 2],
    ["bijom", 32],
    ["cijom", 33],
    ["dijom", 34],
    ["fijom", 40],
    ["gijom", 39],
    ["lijom", 35],
    ["mijom", 37],
    ["nijom", 36],
    ["ganijom", 9, 1],
    ["manijom", 6, 2],
    ["panijom", 7, 3],
    ["ranijom", 8, 4],
    ["tanijom", 5, 5],
    ["pijom", 41],
    ["rijom", 42],
    ["sijom", 43],
    ["tijom", 44],
    ["zijom", 45],
    ["\u017Eijom", 38],
    ["anjom", 84],
    ["enjom", 85],
    ["snjom", 122],
    ["\u0161njom", 86],
    ["kom", 95],
    ["skom", 1, 1],
    ["\u0161kom", 2, 2],
    ["alom", 104],
    ["ijalom", 47, 1],
    ["nalom", 46, 2],
    ["elom", 83],
    ["ilom", 116],
    ["ozilom", 48, 1],
    ["olom", 50],
    ["ramom", 52],
    ["lemom", 51],
    ["nom", 13],
    ["anom", 10, 1],
    ["inom", 11, 2],
    ["cinom", 137, 1],
    ["aninom", 10, 2],
    ["\u010Dinom", 89, 3],
    ["onom", 12, 6],
    ["arom", 53],
    ["drom", 54],
    ["erom", 55],
    ["orom", 56],
    ["basom", 135],
    ["gasom", 131],
    ["jasom", 129],
    ["kasom", 133],
    ["nasom", 132],
    ["tasom", 130],
    ["vasom", 134],
    ["esom", 57],
    ["isom", 58],
    ["osom", 123],
    ["atom", 120],
    ["ikatom", 68, 1],
    ["latom", 69, 2],
    ["etom", 70],
    ["evitom", 92],
    ["ovitom", 93],
    ["astom", 94],
    ["estom", 71],
    ["istom", 72],
    ["kstom", 73],
    ["ostom", 74],
    ["avom", 77],
    ["evom", 78],
    ["ivom", 79],
    ["ovom", 80],
    ["lovom", 82, 1],
    ["movom", 81, 2],
    ["stvom", 3],
    ["\u0161tvom", 4],
    ["a\u0107om", 14],
    ["e\u0107om", 15],
    ["u\u0107om", 16],
    ["ba\u0161om", 63],
    ["ga\u0161om", 64],
    ["ja\u0161om", 61],
    ["ka\u0161om", 62],
    ["na\u0161om", 60],
    ["ta\u0161om", 59],
    ["va\u0161om", 65],
    ["e\u0161om", 66],
    ["i\u0161om", 67],
    ["o\u0161om", 91],
    ["an", 104],
    ["acan", 128, 1],
    ["iran", 100, 2],
    ["uran", 105, 3],
    ["tan", 113, 4],
    ["avan", 97, 5],
    ["evan", 96, 6],
    ["ivan", 98, 7],
    ["uvan", 99, 8],
    ["a\u010Dan", 102, 9],
    ["acen", 124],
    ["lucen", 121],
    ["a\u010Den", 101],
    ["lu\u010Den", 117],
    ["anin", 10],
    ["ao", 104],
    ["acao", 128, 1],
    ["astajao", 106, 2],
    ["istajao", 107, 3],
    ["ostajao", 108, 4],
    ["injao", 114, 5],
    ["irao", 100, 6],
    ["urao", 105, 7],
    ["tao", 113, 8],
    ["astao", 110, 1],
    ["istao", 111, 2],
    ["ostao", 112, 3],
    ["avao", 97, 12],
    ["evao", 96, 13],
    ["ivao", 98, 14],
    ["ovao", 76, 15],
    ["uvao", 99, 16],
    ["a\u010Dao", 102, 17],
    ["go", 20],
    ["ugo", 18, 1],
    ["io", 116],
    ["acio", 124, 1],
    ["lucio", 121, 2],
    ["lio", 24, 3],
    ["nio", 103, 4],
    ["rario", 21, 5],
    ["sio", 23, 6],
    ["rosio", 127, 1],
    ["jetio", 118, 8],
    ["otio", 22, 9],
    ["a\u010Dio", 101, 10],
    ["lu\u010Dio", 117, 11],
    ["ro\u0161io", 90, 12],
    ["bijo", 32],
    ["cijo", 33],
    ["dijo", 34],
    ["fijo", 40],
    ["gijo", 39],
    ["lijo", 35],
    ["mijo", 37],
    ["nijo", 36],
    ["pijo", 41],
    ["rijo", 42],
    ["sijo", 43],
    ["tijo", 44],
    ["zijo", 45],
    ["\u017Eijo", 38],
    ["anjo", 84],
    ["enjo", 85],
    ["snjo", 122],
    ["\u0161njo", 86],
    ["ko", 95],
    ["sko", 1, 1],
    ["\u0161ko", 2, 2],
    ["alo", 104],
    ["acalo", 128, 1],
    ["astajalo", 106, 2],
    ["istajalo", 107, 3],
    ["ostajalo", 108, 4],
    ["ijalo", 47, 5],
    ["injalo", 114, 6],
    ["nalo", 46, 7],
    ["iralo", 100, 8],
    ["uralo", 105, 9],
    ["talo", 113, 10],
    ["astalo", 110, 1],
    ["istalo", 111, 2],
    ["ostalo", 112, 3],
    ["avalo", 97, 14],
    ["evalo", 96, 15],
    ["ivalo", 98, 16],
    ["ovalo", 76, 17],
    ["uvalo", 99, 18],
    ["a\u010Dalo", 102, 19],
    ["elo", 83],
    ["ilo", 116],
    ["acilo", 124, 1],
    ["lucilo", 121, 2],
    ["nilo", 103, 3],
    ["rosilo", 127, 4],
    ["jetilo", 118, 5],
    ["a\u010Dilo", 101, 6],
    ["lu\u010Dilo", 117, 7],
    ["ro\u0161ilo", 90, 8],
    ["aslo", 115],
    ["nulo", 13],
    ["amo", 104],
    ["acamo", 128, 1],
    ["ramo", 52, 2],
    ["iramo", 100, 1],
    ["uramo", 105, 2],
    ["tamo", 113, 5],
    ["avamo", 97, 6],
    ["evamo", 96, 7],
    ["ivamo", 98, 8],
    ["uvamo", 99, 9],
    ["a\u010Damo", 102, 10],
    ["emo", 119],
    ["astademo", 110, 1],
    ["istademo", 111, 2],
    ["ostademo", 112, 3],
    ["astajemo", 106, 4],
    ["istajemo", 107, 5],
    ["ostajemo", 108, 6],
    ["ijemo", 116, 7],
    ["injemo", 114, 8],
    ["ujemo", 25, 9],
    ["lucujemo", 121, 1],
    ["irujemo", 100, 2],
    ["lu\u010Dujemo", 117, 3],
    ["lemo", 51, 13],
    ["nemo", 13, 14],
    ["astanemo", 110, 1],
    ["istanemo", 111, 2],
    ["ostanemo", 112, 3],
    ["etemo", 70, 18],
    ["astemo", 115, 19],
    ["imo", 116],
    ["acimo", 124, 1],
    ["lucimo", 121, 2],
    ["nimo", 13, 3],
    ["astanimo", 110, 1],
    ["istanimo", 111, 2],
    ["ostanimo", 112, 3],
    ["rosimo", 127, 7],
    ["etimo", 70, 8],
    ["jetimo", 118, 1],
    ["astimo", 115, 10],
    ["a\u010Dimo", 101, 11],
    ["lu\u010Dimo", 117, 12],
    ["ro\u0161imo", 90, 13],
    ["ajmo", 104],
    ["urajmo", 105, 1],
    ["tajmo", 113, 2],
    ["astajmo", 106, 1],
    ["istajmo", 107, 2],
    ["ostajmo", 108, 3],
    ["avajmo", 97, 6],
    ["evajmo", 96, 7],
    ["ivajmo", 98, 8],
    ["uvajmo", 99, 9],
    ["ijmo", 116],
    ["ujmo", 25],
    ["lucujmo", 121, 1],
    ["irujmo", 100, 2],
    ["lu\u010Dujmo", 117, 3],
    ["asmo", 104],
    ["acasmo", 128, 1],
    ["astajasmo", 106, 2],
    ["istajasmo", 107, 3],
    ["ostajasmo", 108, 4],
    ["injasmo", 114, 5],
    ["irasmo", 100, 6],
    ["urasmo", 105, 7],
    ["tasmo", 113, 8],
    ["avasmo", 97, 9],
    ["evasmo", 96, 10],
    ["ivasmo", 98, 11],
    ["ovasmo", 76, 12],
    ["uvasmo", 99, 13],
    ["a\u010Dasmo", 102, 14],
    ["ismo", 116],
    ["acismo", 124, 1],
    ["lucismo", 121, 2],
    ["nismo", 103, 3],
    ["rosismo", 127, 4],
    ["jetismo", 118, 5],
    ["a\u010Dismo", 101, 6],
    ["lu\u010Dismo", 117, 7],
    ["ro\u0161ismo", 90, 8],
    ["astadosmo", 110],
    ["istadosmo", 111],
    ["ostadosmo", 112],
    ["nusmo", 13],
    ["no", 13],
    ["ano", 104, 1],
    ["acano", 128, 1],
    ["urano", 105, 2],
    ["tano", 113, 3],
    ["avano", 97, 4],
    ["evano", 96, 5],
    ["ivano", 98, 6],
    ["uvano", 99, 7],
    ["a\u010Dano", 102, 8],
    ["aceno", 124, 10],
    ["luceno", 121, 11],
    ["a\u010Deno", 101, 12],
    ["lu\u010Deno", 117, 13],
    ["ino", 11, 14],
    ["cino", 137, 1],
    ["\u010Dino", 89, 2],
    ["ato", 120],
    ["ikato", 68, 1],
    ["lato", 69, 2],
    ["eto", 70],
    ["evito", 92],
    ["ovito", 93],
    ["asto", 94],
    ["esto", 71],
    ["isto", 72],
    ["ksto", 73],
    ["osto", 74],
    ["nuto", 13],
    ["nuo", 13],
    ["avo", 77],
    ["evo", 78],
    ["ivo", 79],
    ["ovo", 80],
    ["stvo", 3],
    ["\u0161tvo", 4],
    ["as", 161],
    ["acas", 128, 1],
    ["iras", 155, 2],
    ["uras", 156, 3],
    ["tas", 160, 4],
    ["avas", 144, 5],
    ["evas", 145, 6],
    ["ivas", 146, 7],
    ["uvas", 147, 8],
    ["es", 163],
    ["astades", 141, 1],
    ["istades", 142, 2],
    ["ostades", 143, 3],
    ["astajes", 138, 4],
    ["istajes", 139, 5],
    ["ostajes", 140, 6],
    ["ijes", 162, 7],
    ["injes", 150, 8],
    ["ujes", 157, 9],
    ["lucujes", 121, 1],
    ["irujes", 155, 2],
    ["nes", 164, 12],
    ["astanes", 141, 1],
    ["istanes", 142, 2],
    ["ostanes", 143, 3],
    ["etes", 153, 16],
    ["astes", 136, 17],
    ["is", 162],
    ["acis", 124, 1],
    ["lucis", 121, 2],
    ["nis", 158, 3],
    ["rosis", 127, 4],
    ["jetis", 149, 5],
    ["at", 104],
    ["acat", 128, 1],
    ["astajat", 106, 2],
    ["istajat", 107, 3],
    ["ostajat", 108, 4],
    ["injat", 114, 5],
    ["irat", 100, 6],
    ["urat", 105, 7],
    ["tat", 113, 8],
    ["astat", 110, 1],
    ["istat", 111, 2],
    ["ostat", 112, 3],
    ["avat", 97, 12],
    ["evat", 96, 13],
    ["ivat", 98, 14],
    ["irivat", 100, 1],
    ["ovat", 76, 16],
    ["uvat", 99, 17],
    ["a\u010Dat", 102, 18],
    ["it", 116],
    ["acit", 124, 1],
    ["lucit", 121, 2],
    ["rosit", 127, 3],
    ["jetit", 118, 4],
    ["a\u010Dit", 101, 5],
    ["lu\u010Dit", 117, 6],
    ["ro\u0161it", 90, 7],
    ["nut", 13],
    ["astadu", 110],
    ["istadu", 111],
    ["ostadu", 112],
    ["gu", 20],
    ["logu", 19, 1],
    ["ugu", 18, 2],
    ["ahu", 104],
    ["acahu", 128, 1],
    ["astajahu", 106, 2],
    ["istajahu", 107, 3],
    ["ostajahu", 108, 4],
    ["injahu", 114, 5],
    ["irahu", 100, 6],
    ["urahu", 105, 7],
    ["avahu", 97, 8],
    ["evahu", 96, 9],
    ["ivahu", 98, 10],
    ["ovahu", 76, 11],
    ["uvahu", 99, 12],
    ["a\u010Dahu", 102, 13],
    ["aju", 104],
    ["caju", 26, 1],
    ["acaju", 128, 1],
    ["laju", 30, 3],
    ["raju", 31, 4],
    ["iraju", 100, 1],
    ["uraju", 105, 2],
    ["taju", 113, 7],
    ["astaju", 106, 1],
    ["istaju", 107, 2],
    ["ostaju", 108, 3],
    ["avaju", 97, 11],
    ["evaju", 96, 12],
    ["ivaju", 98, 13],
    ["uvaju", 99, 14],
    ["\u0107aju", 28, 15],
    ["\u010Daju", 27, 16],
    ["a\u010Daju", 102, 1],
    ["\u0111aju", 29, 18],
    ["iju", 116],
    ["biju", 32, 1],
    ["ciju", 33, 2],
    ["diju", 34, 3],
    ["fiju", 40, 4],
    ["giju", 39, 5],
    ["anjiju", 84, 6],
    ["enjiju", 85, 7],
    ["snjiju", 122, 8],
    ["\u0161njiju", 86, 9],
    ["kiju", 95, 10],
    ["liju", 24, 11],
    ["eliju", 83, 1],
    ["miju", 37, 13],
    ["niju", 13, 14],
    ["ganiju", 9, 1],
    ["maniju", 6, 2],
    ["paniju", 7, 3],
    ["raniju", 8, 4],
    ["taniju", 5, 5],
    ["piju", 41, 20],
    ["riju", 42, 21],
    ["rariju", 21, 1],
    ["siju", 23, 23],
    ["osiju", 123, 1],
    ["tiju", 44, 25],
    ["atiju", 120, 1],
    ["otiju", 22, 2],
    ["aviju", 77, 28],
    ["eviju", 78, 29],
    ["iviju", 79, 30],
    ["oviju", 80, 31],
    ["ziju", 45, 32],
    ["o\u0161iju", 91, 33],
    ["\u017Eiju", 38, 34],
    ["anju", 84],
    ["enju", 85],
    ["snju", 122],
    ["\u0161nju", 86],
    ["uju", 25],
    ["lucuju", 121, 1],
    ["iruju", 100, 2],
    ["lu\u010Duju", 117, 3],
    ["ku", 95],
    ["sku", 1, 1],
    ["\u0161ku", 2, 2],
    ["alu", 104],
    ["ijalu", 47, 1],
    ["nalu", 46, 2],
    ["elu", 83],
    ["ilu", 116],
    ["ozilu", 48, 1],
    ["olu", 50],
    ["ramu", 52],
    ["acemu", 124],
    ["ecemu", 125],
    ["ucemu", 126],
    ["anjijemu", 84],
    ["enjijemu", 85],
    ["snjijemu", 122],
    ["\u0161njijemu", 86],
    ["kijemu", 95],
    ["skijemu", 1, 1],
    ["\u0161kijemu", 2, 2],
    ["elijemu", 83],
    ["nijemu", 13],
    ["osijemu", 123],
    ["atijemu", 120],
    ["evitijemu", 92],
    ["ovitijemu", 93],
    ["astijemu", 94],
    ["avijemu", 77],
    ["evijemu", 78],
    ["ivijemu", 79],
    ["ovijemu", 80],
    ["o\u0161ijemu", 91],
    ["anjemu", 84],
    ["enjemu", 85],
    ["snjemu", 122],
    ["\u0161njemu", 86],
    ["kemu", 95],
    ["skemu", 1, 1],
    ["\u0161kemu", 2, 2],
    ["lemu", 51],
    ["elemu", 83, 1],
    ["nemu", 13],
    ["anemu", 10, 1],
    ["enemu", 87, 2],
    ["snemu", 159, 3],
    ["\u0161nemu", 88, 4],
    ["osemu", 123],
    ["atemu", 120],
    ["evitemu", 92],
    ["ovitemu", 93],
    ["astemu", 94],
    ["avemu", 77],
    ["evemu", 78],
    ["ivemu", 79],
    ["ovemu", 80],
    ["a\u0107emu", 14],
    ["e\u0107emu", 15],
    ["u\u0107emu", 16],
    ["o\u0161emu", 91],
    ["acomu", 124],
    ["ecomu", 125],
    ["ucomu", 126],
    ["anjomu", 84],
    ["enjomu", 85],
    ["snjomu", 122],
    ["\u0161njomu", 86],
    ["komu", 95],
    ["skomu", 1, 1],
    ["\u0161komu", 2, 2],
    ["elomu", 83],
    ["nomu", 13],
    ["cinomu", 137, 1],
    ["\u010Dinomu", 89, 2],
    ["osomu", 123],
    ["atomu", 120],
    ["evitomu", 92],
    ["ovitomu", 93],
    ["astomu", 94],
    ["avomu", 77],
    ["evomu", 78],
    ["ivomu", 79],
    ["ovomu", 80],
    ["a\u0107omu", 14],
    ["e\u0107omu", 15],
    ["u\u0107omu", 16],
    ["o\u0161omu", 91],
    ["nu", 13],
    ["anu", 10, 1],
    ["astanu", 110, 1],
    ["istanu", 111, 2],
    ["ostanu", 112, 3],
    ["inu", 11, 5],
    ["cinu", 137, 1],
    ["aninu", 10, 2],
    ["\u010Dinu", 89, 3],
    ["onu", 12, 9],
    ["aru", 53],
    ["dru", 54],
    ["eru", 55],
    ["oru", 56],
    ["basu", 135],
    ["gasu", 131],
    ["jasu", 129],
    ["kasu", 133],
    ["nasu", 132],
    ["tasu", 130],
    ["vasu", 134],
    ["esu", 57],
    ["isu", 58],
    ["osu", 123],
    ["atu", 120],
    ["ikatu", 68, 1],
    ["latu", 69, 2],
    ["etu", 70],
    ["evitu", 92],
    ["ovitu", 93],
    ["astu", 94],
    ["estu", 71],
    ["istu", 72],
    ["kstu", 73],
    ["ostu", 74],
    ["i\u0161tu", 75],
    ["avu", 77],
    ["evu", 78],
    ["ivu", 79],
    ["ovu", 80],
    ["lovu", 82, 1],
    ["movu", 81, 2],
    ["stvu", 3],
    ["\u0161tvu", 4],
    ["ba\u0161u", 63],
    ["ga\u0161u", 64],
    ["ja\u0161u", 61],
    ["ka\u0161u", 62],
    ["na\u0161u", 60],
    ["ta\u0161u", 59],
    ["va\u0161u", 65],
    ["e\u0161u", 66],
    ["i\u0161u", 67],
    ["o\u0161u", 91],
    ["avav", 97],
    ["evav", 96],
    ["ivav", 98],
    ["uvav", 99],
    ["kov", 95],
    ["a\u0161", 104],
    ["ira\u0161", 100, 1],
    ["ura\u0161", 105, 2],
    ["ta\u0161", 113, 3],
    ["ava\u0161", 97, 4],
    ["eva\u0161", 96, 5],
    ["iva\u0161", 98, 6],
    ["uva\u0161", 99, 7],
    ["a\u010Da\u0161", 102, 8],
    ["e\u0161", 119],
    ["astade\u0161", 110, 1],
    ["istade\u0161", 111, 2],
    ["ostade\u0161", 112, 3],
    ["astaje\u0161", 106, 4],
    ["istaje\u0161", 107, 5],
    ["ostaje\u0161", 108, 6],
    ["ije\u0161", 116, 7],
    ["inje\u0161", 114, 8],
    ["uje\u0161", 25, 9],
    ["iruje\u0161", 100, 1],
    ["lu\u010Duje\u0161", 117, 2],
    ["ne\u0161", 13, 12],
    ["astane\u0161", 110, 1],
    ["istane\u0161", 111, 2],
    ["ostane\u0161", 112, 3],
    ["ete\u0161", 70, 16],
    ["aste\u0161", 115, 17],
    ["i\u0161", 116],
    ["ni\u0161", 103, 1],
    ["jeti\u0161", 118, 2],
    ["a\u010Di\u0161", 101, 3],
    ["lu\u010Di\u0161", 117, 4],
    ["ro\u0161i\u0161", 90, 5]
];

const a_3 = [
    ["a", 1],
    ["oga", 1, 1],
    ["ama", 1, 2],
    ["ima", 1, 3],
    ["ena", 1, 4],
    ["e", 1],
    ["og", 1],
    ["anog", 1, 1],
    ["enog", 1, 2],
    ["anih", 1],
    ["enih", 1],
    ["i", 1],
    ["ani", 1, 1],
    ["eni", 1, 2],
    ["anoj", 1],
    ["enoj", 1],
    ["anim", 1],
    ["enim", 1],
    ["om", 1],
    ["enom", 1, 1],
    ["o", 1],
    ["ano", 1, 1],
    ["eno", 1, 2],
    ["ost", 1],
    ["u", 1],
    ["enu", 1, 1]
];

const /** Array<number> */ g_v = [17, 65, 16];

const /** Array<number> */ g_sa = [65, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 128];

const /** Array<number> */ g_ca = [119, 95, 23, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 136, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 16];

const /** Array<number> */ g_rg = [1];

import B from './base-stemmer.js'

export default class extends B {

    #I_p1/** number */ = 0;
    #B_no_diacritics/** boolean */ = false;


    /** @return {boolean} */
    #r_cyr_to_lat() {
        let /** number */ a;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            while (true) {
                const /** number */ v_2 = this.c;
                // deno-lint-ignore no-unused-labels
                lab1: {
                    // deno-lint-ignore no-unused-labels
                    golab2: while (true)
                    {
                        const /** number */ v_3 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab3: {
                            this.bra = this.c;
                            a = this.find_among(a_0);
                            if (a === 0) break lab3;
                            this.ket = this.c;
                            this.slice_from(as_0[a - 1]);
                            this.c = v_3;
                            break golab2;
                        }
                        this.c = v_3;
                        if (this.c >= this.limit) break lab1;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_2;
                break;
            }
        }
        this.c = v_1;
        return true;
    }

    /** @return {boolean} */
    #r_prelude() {
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            while (true) {
                const /** number */ v_2 = this.c;
                // deno-lint-ignore no-unused-labels
                lab1: {
                    // deno-lint-ignore no-unused-labels
                    golab2: while (true)
                    {
                        const /** number */ v_3 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab3: {
                            if (!(this.in_grouping(g_ca, 98, 382))) break lab3;
                            this.bra = this.c;
                            if (!(this.eq_s("ije"))) break lab3;
                            this.ket = this.c;
                            if (!(this.in_grouping(g_ca, 98, 382))) break lab3;
                            this.slice_from("e");
                            this.c = v_3;
                            break golab2;
                        }
                        this.c = v_3;
                        if (this.c >= this.limit) break lab1;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_2;
                break;
            }
        }
        this.c = v_1;
        const /** number */ v_4 = this.c;
        // deno-lint-ignore no-unused-labels
        lab4: {
            while (true) {
                const /** number */ v_5 = this.c;
                // deno-lint-ignore no-unused-labels
                lab5: {
                    // deno-lint-ignore no-unused-labels
                    golab6: while (true)
                    {
                        const /** number */ v_6 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab7: {
                            if (!(this.in_grouping(g_ca, 98, 382))) break lab7;
                            this.bra = this.c;
                            if (!(this.eq_s("je"))) break lab7;
                            this.ket = this.c;
                            if (!(this.in_grouping(g_ca, 98, 382))) break lab7;
                            this.slice_from("e");
                            this.c = v_6;
                            break golab6;
                        }
                        this.c = v_6;
                        if (this.c >= this.limit) break lab5;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_5;
                break;
            }
        }
        this.c = v_4;
        const /** number */ v_7 = this.c;
        // deno-lint-ignore no-unused-labels
        lab8: {
            while (true) {
                const /** number */ v_8 = this.c;
                // deno-lint-ignore no-unused-labels
                lab9: {
                    // deno-lint-ignore no-unused-labels
                    golab10: while (true)
                    {
                        const /** number */ v_9 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab11: {
                            this.bra = this.c;
                            if (!(this.eq_s("dj"))) break lab11;
                            this.ket = this.c;
                            this.slice_from("\u0111");
                            this.c = v_9;
                            break golab10;
                        }
                        this.c = v_9;
                        if (this.c >= this.limit) break lab9;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_8;
                break;
            }
        }
        this.c = v_7;
        return true;
    }

    /** @return {boolean} */
    #r_mark_regions() {
        this.#B_no_diacritics = true;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            if (!this.go_out_grouping(g_sa, 263, 382)) break lab0;
            this.c++;
            this.#B_no_diacritics = false;
        }
        this.c = v_1;
        this.#I_p1 = this.limit;
        const /** number */ v_2 = this.c;
        // deno-lint-ignore no-unused-labels
        lab1: {
            if (!this.go_out_grouping(g_v, 97, 117)) break lab1;
            this.c++;
            this.#I_p1 = this.c;
            if (this.#I_p1 >= 2) break lab1;
            if (!this.go_in_grouping(g_v, 97, 117)) break lab1;
            this.c++;
            this.#I_p1 = this.c;
        }
        this.c = v_2;
        const /** number */ v_3 = this.c;
        // deno-lint-ignore no-unused-labels
        lab2: {
            // deno-lint-ignore no-unused-labels
            golab3: while (true)
            {
                // deno-lint-ignore no-unused-labels
                lab4: {
                    if (!(this.eq_s("r"))) break lab4;
                    break golab3;
                }
                if (this.c >= this.limit) break lab2;
                this.c++;
            }
            // deno-lint-ignore no-unused-labels
            lab5: {
                // deno-lint-ignore no-unused-labels
                lab6: {
                    if (this.c < 2) break lab6;
                    break lab5;
                }
                if (!this.go_in_grouping(g_rg, 114, 114)) break lab2;
                this.c++;
            }
            if ((this.#I_p1 - this.c) <= 1) break lab2;
            this.#I_p1 = this.c;
        }
        this.c = v_3;
        return true;
    }

    /** @return {boolean} */
    #r_R1() {
        return this.#I_p1 <= this.c;
    }

    /** @return {boolean} */
    #r_Step_1() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_1);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                this.slice_from("loga");
                break;
            }
            case 2: {
                this.slice_from("peh");
                break;
            }
            case 3: {
                this.slice_from("vojka");
                break;
            }
            case 4: {
                this.slice_from("bojka");
                break;
            }
            case 5: {
                this.slice_from("jak");
                break;
            }
            case 6: {
                this.slice_from("\u010Dajni");
                break;
            }
            case 7: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("cajni");
                break;
            }
            case 8: {
                this.slice_from("erni");
                break;
            }
            case 9: {
                this.slice_from("larni");
                break;
            }
            case 10: {
                this.slice_from("esni");
                break;
            }
            case 11: {
                this.slice_from("anjca");
                break;
            }
            case 12: {
                this.slice_from("ajca");
                break;
            }
            case 13: {
                this.slice_from("ljca");
                break;
            }
            case 14: {
                this.slice_from("ejca");
                break;
            }
            case 15: {
                this.slice_from("ojca");
                break;
            }
            case 16: {
                this.slice_from("ajka");
                break;
            }
            case 17: {
                this.slice_from("ojka");
                break;
            }
            case 18: {
                this.slice_from("\u0161ca");
                break;
            }
            case 19: {
                this.slice_from("ing");
                break;
            }
            case 20: {
                this.slice_from("tvenik");
                break;
            }
            case 21: {
                this.slice_from("tetika");
                break;
            }
            case 22: {
                this.slice_from("nstva");
                break;
            }
            case 23: {
                this.slice_from("nik");
                break;
            }
            case 24: {
                this.slice_from("tik");
                break;
            }
            case 25: {
                this.slice_from("zik");
                break;
            }
            case 26: {
                this.slice_from("snik");
                break;
            }
            case 27: {
                this.slice_from("kusi");
                break;
            }
            case 28: {
                this.slice_from("kusni");
                break;
            }
            case 29: {
                this.slice_from("kustva");
                break;
            }
            case 30: {
                this.slice_from("du\u0161ni");
                break;
            }
            case 31: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("dusni");
                break;
            }
            case 32: {
                this.slice_from("antni");
                break;
            }
            case 33: {
                this.slice_from("bilni");
                break;
            }
            case 34: {
                this.slice_from("tilni");
                break;
            }
            case 35: {
                this.slice_from("avilni");
                break;
            }
            case 36: {
                this.slice_from("silni");
                break;
            }
            case 37: {
                this.slice_from("gilni");
                break;
            }
            case 38: {
                this.slice_from("rilni");
                break;
            }
            case 39: {
                this.slice_from("nilni");
                break;
            }
            case 40: {
                this.slice_from("alni");
                break;
            }
            case 41: {
                this.slice_from("ozni");
                break;
            }
            case 42: {
                this.slice_from("ravi");
                break;
            }
            case 43: {
                this.slice_from("stavni");
                break;
            }
            case 44: {
                this.slice_from("pravni");
                break;
            }
            case 45: {
                this.slice_from("tivni");
                break;
            }
            case 46: {
                this.slice_from("sivni");
                break;
            }
            case 47: {
                this.slice_from("atni");
                break;
            }
            case 48: {
                this.slice_from("enta");
                break;
            }
            case 49: {
                this.slice_from("tetni");
                break;
            }
            case 50: {
                this.slice_from("pletni");
                break;
            }
            case 51: {
                this.slice_from("\u0161avi");
                break;
            }
            case 52: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("savi");
                break;
            }
            case 53: {
                this.slice_from("anta");
                break;
            }
            case 54: {
                this.slice_from("a\u010Dka");
                break;
            }
            case 55: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("acka");
                break;
            }
            case 56: {
                this.slice_from("u\u0161ka");
                break;
            }
            case 57: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("uska");
                break;
            }
            case 58: {
                this.slice_from("atka");
                break;
            }
            case 59: {
                this.slice_from("etka");
                break;
            }
            case 60: {
                this.slice_from("itka");
                break;
            }
            case 61: {
                this.slice_from("otka");
                break;
            }
            case 62: {
                this.slice_from("utka");
                break;
            }
            case 63: {
                this.slice_from("eskna");
                break;
            }
            case 64: {
                this.slice_from("ti\u010Dni");
                break;
            }
            case 65: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ticni");
                break;
            }
            case 66: {
                this.slice_from("ojska");
                break;
            }
            case 67: {
                this.slice_from("esma");
                break;
            }
            case 68: {
                this.slice_from("metra");
                break;
            }
            case 69: {
                this.slice_from("centra");
                break;
            }
            case 70: {
                this.slice_from("istra");
                break;
            }
            case 71: {
                this.slice_from("osti");
                break;
            }
            case 72: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("osti");
                break;
            }
            case 73: {
                this.slice_from("dba");
                break;
            }
            case 74: {
                this.slice_from("\u010Dka");
                break;
            }
            case 75: {
                this.slice_from("mca");
                break;
            }
            case 76: {
                this.slice_from("nca");
                break;
            }
            case 77: {
                this.slice_from("voljni");
                break;
            }
            case 78: {
                this.slice_from("anki");
                break;
            }
            case 79: {
                this.slice_from("vca");
                break;
            }
            case 80: {
                this.slice_from("sca");
                break;
            }
            case 81: {
                this.slice_from("rca");
                break;
            }
            case 82: {
                this.slice_from("alca");
                break;
            }
            case 83: {
                this.slice_from("elca");
                break;
            }
            case 84: {
                this.slice_from("olca");
                break;
            }
            case 85: {
                this.slice_from("njca");
                break;
            }
            case 86: {
                this.slice_from("ekta");
                break;
            }
            case 87: {
                this.slice_from("izma");
                break;
            }
            case 88: {
                this.slice_from("jebi");
                break;
            }
            case 89: {
                this.slice_from("baci");
                break;
            }
            case 90: {
                this.slice_from("a\u0161ni");
                break;
            }
            case 91: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("asni");
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_2() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_2);
        if (a === 0) return false;
        this.bra = this.c;
        if (!this.#r_R1()) return false;
        switch (a) {
            case 1: {
                this.slice_from("sk");
                break;
            }
            case 2: {
                this.slice_from("\u0161k");
                break;
            }
            case 3: {
                this.slice_from("stv");
                break;
            }
            case 4: {
                this.slice_from("\u0161tv");
                break;
            }
            case 5: {
                this.slice_from("tanij");
                break;
            }
            case 6: {
                this.slice_from("manij");
                break;
            }
            case 7: {
                this.slice_from("panij");
                break;
            }
            case 8: {
                this.slice_from("ranij");
                break;
            }
            case 9: {
                this.slice_from("ganij");
                break;
            }
            case 10: {
                this.slice_from("an");
                break;
            }
            case 11: {
                this.slice_from("in");
                break;
            }
            case 12: {
                this.slice_from("on");
                break;
            }
            case 13: {
                this.slice_from("n");
                break;
            }
            case 14: {
                this.slice_from("a\u0107");
                break;
            }
            case 15: {
                this.slice_from("e\u0107");
                break;
            }
            case 16: {
                this.slice_from("u\u0107");
                break;
            }
            case 17: {
                this.slice_from("ugov");
                break;
            }
            case 18: {
                this.slice_from("ug");
                break;
            }
            case 19: {
                this.slice_from("log");
                break;
            }
            case 20: {
                this.slice_from("g");
                break;
            }
            case 21: {
                this.slice_from("rari");
                break;
            }
            case 22: {
                this.slice_from("oti");
                break;
            }
            case 23: {
                this.slice_from("si");
                break;
            }
            case 24: {
                this.slice_from("li");
                break;
            }
            case 25: {
                this.slice_from("uj");
                break;
            }
            case 26: {
                this.slice_from("caj");
                break;
            }
            case 27: {
                this.slice_from("\u010Daj");
                break;
            }
            case 28: {
                this.slice_from("\u0107aj");
                break;
            }
            case 29: {
                this.slice_from("\u0111aj");
                break;
            }
            case 30: {
                this.slice_from("laj");
                break;
            }
            case 31: {
                this.slice_from("raj");
                break;
            }
            case 32: {
                this.slice_from("bij");
                break;
            }
            case 33: {
                this.slice_from("cij");
                break;
            }
            case 34: {
                this.slice_from("dij");
                break;
            }
            case 35: {
                this.slice_from("lij");
                break;
            }
            case 36: {
                this.slice_from("nij");
                break;
            }
            case 37: {
                this.slice_from("mij");
                break;
            }
            case 38: {
                this.slice_from("\u017Eij");
                break;
            }
            case 39: {
                this.slice_from("gij");
                break;
            }
            case 40: {
                this.slice_from("fij");
                break;
            }
            case 41: {
                this.slice_from("pij");
                break;
            }
            case 42: {
                this.slice_from("rij");
                break;
            }
            case 43: {
                this.slice_from("sij");
                break;
            }
            case 44: {
                this.slice_from("tij");
                break;
            }
            case 45: {
                this.slice_from("zij");
                break;
            }
            case 46: {
                this.slice_from("nal");
                break;
            }
            case 47: {
                this.slice_from("ijal");
                break;
            }
            case 48: {
                this.slice_from("ozil");
                break;
            }
            case 49: {
                this.slice_from("olov");
                break;
            }
            case 50: {
                this.slice_from("ol");
                break;
            }
            case 51: {
                this.slice_from("lem");
                break;
            }
            case 52: {
                this.slice_from("ram");
                break;
            }
            case 53: {
                this.slice_from("ar");
                break;
            }
            case 54: {
                this.slice_from("dr");
                break;
            }
            case 55: {
                this.slice_from("er");
                break;
            }
            case 56: {
                this.slice_from("or");
                break;
            }
            case 57: {
                this.slice_from("es");
                break;
            }
            case 58: {
                this.slice_from("is");
                break;
            }
            case 59: {
                this.slice_from("ta\u0161");
                break;
            }
            case 60: {
                this.slice_from("na\u0161");
                break;
            }
            case 61: {
                this.slice_from("ja\u0161");
                break;
            }
            case 62: {
                this.slice_from("ka\u0161");
                break;
            }
            case 63: {
                this.slice_from("ba\u0161");
                break;
            }
            case 64: {
                this.slice_from("ga\u0161");
                break;
            }
            case 65: {
                this.slice_from("va\u0161");
                break;
            }
            case 66: {
                this.slice_from("e\u0161");
                break;
            }
            case 67: {
                this.slice_from("i\u0161");
                break;
            }
            case 68: {
                this.slice_from("ikat");
                break;
            }
            case 69: {
                this.slice_from("lat");
                break;
            }
            case 70: {
                this.slice_from("et");
                break;
            }
            case 71: {
                this.slice_from("est");
                break;
            }
            case 72: {
                this.slice_from("ist");
                break;
            }
            case 73: {
                this.slice_from("kst");
                break;
            }
            case 74: {
                this.slice_from("ost");
                break;
            }
            case 75: {
                this.slice_from("i\u0161t");
                break;
            }
            case 76: {
                this.slice_from("ova");
                break;
            }
            case 77: {
                this.slice_from("av");
                break;
            }
            case 78: {
                this.slice_from("ev");
                break;
            }
            case 79: {
                this.slice_from("iv");
                break;
            }
            case 80: {
                this.slice_from("ov");
                break;
            }
            case 81: {
                this.slice_from("mov");
                break;
            }
            case 82: {
                this.slice_from("lov");
                break;
            }
            case 83: {
                this.slice_from("el");
                break;
            }
            case 84: {
                this.slice_from("anj");
                break;
            }
            case 85: {
                this.slice_from("enj");
                break;
            }
            case 86: {
                this.slice_from("\u0161nj");
                break;
            }
            case 87: {
                this.slice_from("en");
                break;
            }
            case 88: {
                this.slice_from("\u0161n");
                break;
            }
            case 89: {
                this.slice_from("\u010Din");
                break;
            }
            case 90: {
                this.slice_from("ro\u0161i");
                break;
            }
            case 91: {
                this.slice_from("o\u0161");
                break;
            }
            case 92: {
                this.slice_from("evit");
                break;
            }
            case 93: {
                this.slice_from("ovit");
                break;
            }
            case 94: {
                this.slice_from("ast");
                break;
            }
            case 95: {
                this.slice_from("k");
                break;
            }
            case 96: {
                this.slice_from("eva");
                break;
            }
            case 97: {
                this.slice_from("ava");
                break;
            }
            case 98: {
                this.slice_from("iva");
                break;
            }
            case 99: {
                this.slice_from("uva");
                break;
            }
            case 100: {
                this.slice_from("ir");
                break;
            }
            case 101: {
                this.slice_from("a\u010D");
                break;
            }
            case 102: {
                this.slice_from("a\u010Da");
                break;
            }
            case 103: {
                this.slice_from("ni");
                break;
            }
            case 104: {
                this.slice_from("a");
                break;
            }
            case 105: {
                this.slice_from("ur");
                break;
            }
            case 106: {
                this.slice_from("astaj");
                break;
            }
            case 107: {
                this.slice_from("istaj");
                break;
            }
            case 108: {
                this.slice_from("ostaj");
                break;
            }
            case 109: {
                this.slice_from("aj");
                break;
            }
            case 110: {
                this.slice_from("asta");
                break;
            }
            case 111: {
                this.slice_from("ista");
                break;
            }
            case 112: {
                this.slice_from("osta");
                break;
            }
            case 113: {
                this.slice_from("ta");
                break;
            }
            case 114: {
                this.slice_from("inj");
                break;
            }
            case 115: {
                this.slice_from("as");
                break;
            }
            case 116: {
                this.slice_from("i");
                break;
            }
            case 117: {
                this.slice_from("lu\u010D");
                break;
            }
            case 118: {
                this.slice_from("jeti");
                break;
            }
            case 119: {
                this.slice_from("e");
                break;
            }
            case 120: {
                this.slice_from("at");
                break;
            }
            case 121: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("luc");
                break;
            }
            case 122: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("snj");
                break;
            }
            case 123: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("os");
                break;
            }
            case 124: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ac");
                break;
            }
            case 125: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ec");
                break;
            }
            case 126: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("uc");
                break;
            }
            case 127: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("rosi");
                break;
            }
            case 128: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("aca");
                break;
            }
            case 129: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("jas");
                break;
            }
            case 130: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("tas");
                break;
            }
            case 131: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("gas");
                break;
            }
            case 132: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("nas");
                break;
            }
            case 133: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("kas");
                break;
            }
            case 134: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("vas");
                break;
            }
            case 135: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("bas");
                break;
            }
            case 136: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("as");
                break;
            }
            case 137: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("cin");
                break;
            }
            case 138: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("astaj");
                break;
            }
            case 139: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("istaj");
                break;
            }
            case 140: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ostaj");
                break;
            }
            case 141: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("asta");
                break;
            }
            case 142: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ista");
                break;
            }
            case 143: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("osta");
                break;
            }
            case 144: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ava");
                break;
            }
            case 145: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("eva");
                break;
            }
            case 146: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("iva");
                break;
            }
            case 147: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("uva");
                break;
            }
            case 148: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ova");
                break;
            }
            case 149: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("jeti");
                break;
            }
            case 150: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("inj");
                break;
            }
            case 151: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ist");
                break;
            }
            case 152: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("es");
                break;
            }
            case 153: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("et");
                break;
            }
            case 154: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("is");
                break;
            }
            case 155: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ir");
                break;
            }
            case 156: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ur");
                break;
            }
            case 157: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("uj");
                break;
            }
            case 158: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ni");
                break;
            }
            case 159: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("sn");
                break;
            }
            case 160: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("ta");
                break;
            }
            case 161: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("a");
                break;
            }
            case 162: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("i");
                break;
            }
            case 163: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("e");
                break;
            }
            case 164: {
                if (!this.#B_no_diacritics) return false;
                this.slice_from("n");
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_3() {
        this.ket = this.c;
        if (this.find_among_b(a_3) === 0) return false;
        this.bra = this.c;
        if (!this.#r_R1()) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #stem() {
        this.#r_cyr_to_lat();
        this.#r_prelude();
        this.#r_mark_regions();
        this.limit_backward = this.c; this.c = this.limit;
        const /** number */ v_1 = this.limit - this.c;
        this.#r_Step_1();
        this.c = this.limit - v_1;
        const /** number */ v_2 = this.limit - this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            // deno-lint-ignore no-unused-labels
            lab1: {
                const /** number */ v_3 = this.limit - this.c;
                // deno-lint-ignore no-unused-labels
                lab2: {
                    if (!this.#r_Step_2()) break lab2;
                    break lab1;
                }
                this.c = this.limit - v_3;
                if (!this.#r_Step_3()) break lab0;
            }
        }
        this.c = this.limit - v_2;
        this.c = this.limit_backward;
        return true;
    }

    /**@return{string}*/
    stem(/**string*/input) {
        this.setCurrent(input);
        this.#stem();
        return this.getCurrent();
    }

    stemWord = this.stem;
}

