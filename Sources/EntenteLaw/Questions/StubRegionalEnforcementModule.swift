enum RegionalEnforcementModule { static var module: QuestionModule { SelfDefenceModule.module } }
